package org.lighthouse.channel.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.lighthouse.shared.ConfigurationProblem;

/** Webhook mode is on with both of its settings, and wrong ones are named in one line. */
class TelegramSettingsUnitTest {

    private static final String TOKEN = "123456789:TEST-token_for-the-local-stand-in";
    private static final String SECRET = "s3cret_of-the_webhook";

    /** Neither set: long polling. Both: webhook mode, with Telegram's default limits moderated. */
    @Test
    void bothSettingsMeanWebhookMode() {
        assertThat(settings(null, null).webhookMode()).isFalse();
        TelegramSettings webhook = settings("https://bot.example.org/webhooks/telegram", SECRET);
        assertThat(webhook.webhookMode()).isTrue();
        assertThat(webhook.webhook()).isEqualTo(URI.create("https://bot.example.org/webhooks/telegram"));
        assertThat(webhook.webhookMaxConnections()).isEqualTo(20);
        assertThat(webhook.toString()).doesNotContain(SECRET).doesNotContain(TOKEN);
    }

    /** http only for loopback, where tests and a local proxy run. */
    @Test
    void plainHttpOnlyForLoopback() {
        assertThat(settings("http://127.0.0.1:8080/webhooks/telegram", SECRET).webhookMode()).isTrue();
        assertThat(settings("http://localhost:8080/webhooks/telegram", SECRET).webhookMode()).isTrue();
        assertThat(problem("http://bot.example.org/webhooks/telegram", SECRET)).isEqualTo("TELEGRAM_WEBHOOK_URL"
                + " 'http://bot.example.org/webhooks/telegram' is not https: Telegram delivers only to HTTPS; write it"
                + " like https://<public host>/webhooks/telegram");
        assertThat(problem("http://127.evil.example.org/webhooks/telegram", SECRET)).contains("is not https");
    }

    /** One setting without the other names the missing one. */
    @Test
    void oneWithoutTheOtherIsNamed() {
        assertThat(problem("https://bot.example.org/webhooks/telegram", null)).isEqualTo("TELEGRAM_WEBHOOK_URL is set"
                + " but TELEGRAM_WEBHOOK_SECRET is not: set both for webhook mode, or neither for long polling");
        assertThat(problem(null, SECRET)).isEqualTo("TELEGRAM_WEBHOOK_SECRET is set but TELEGRAM_WEBHOOK_URL is not:"
                + " set both for webhook mode, or neither for long polling");
        assertThat(problem("  ", SECRET)).startsWith("TELEGRAM_WEBHOOK_SECRET is set but TELEGRAM_WEBHOOK_URL is not");
    }

    /** A secret Telegram would refuse is refused here, without showing it. */
    @Test
    void secretTelegramRefusesIsNamed() {
        for (String secret : new String[] {"has space", "per%cent", "é", "x".repeat(257)}) {
            assertThat(problem("https://bot.example.org/webhooks/telegram", secret)).isEqualTo("TELEGRAM_WEBHOOK_SECRET"
                    + " is not 1 to 256 characters of A-Z, a-z, 0-9, _ and -, which is all Telegram accepts: make one"
                    + " with 'openssl rand -hex 32'").doesNotContain(secret);
        }
        assertThat(settings("https://bot.example.org/webhooks/telegram", "x".repeat(256)).webhookMode()).isTrue();
    }

    /** Something that is no URL, and webhook settings without a token. */
    @Test
    void otherMistakesAreNamed() {
        assertThat(problem("bot.example.org/webhooks/telegram", SECRET)).isEqualTo("TELEGRAM_WEBHOOK_URL"
                + " 'bot.example.org/webhooks/telegram' is not a URL: write it like"
                + " https://<public host>/webhooks/telegram");
        assertThat(problem("https://exa mple.org/", SECRET)).contains("is not a URL");
        assertThatThrownBy(() -> new TelegramSettings(null, null, null, null, null,
                "https://bot.example.org/webhooks/telegram", SECRET, null, null, null)).hasMessage("TELEGRAM_WEBHOOK_URL"
                        + " and TELEGRAM_WEBHOOK_SECRET are set but TELEGRAM_BOT_TOKEN is not: set the bot's token, or"
                        + " unset both to run without Telegram");
    }

    private static TelegramSettings settings(String url, String secret) {
        return new TelegramSettings(TOKEN, null, null, null, null, url, secret, null, null, null);
    }

    private static String problem(String url, String secret) {
        return catchThrowableOfType(ConfigurationProblem.class,
                () -> settings(url, secret)).getMessage();
    }
}
