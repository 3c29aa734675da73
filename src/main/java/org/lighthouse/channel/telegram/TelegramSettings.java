package org.lighthouse.channel.telegram;

import java.net.URI;
import java.time.Duration;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.lighthouse.shared.ConfigurationProblem;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The Telegram channel.
 *
 * @param token the bot's token from BotFather ({@code TELEGRAM_BOT_TOKEN}); Telegram is on when it is set
 * @param apiUrl the Bot API's base URL ({@code TELEGRAM_API_URL}): Telegram's, a self-hosted Bot API server, or a
 *     local stand-in
 * @param pollTimeout how long one long-polling request waits for updates
 * @param intakeDownAfter how long without a successful poll before health says Telegram's intake is down; longer than
 *     {@code pollTimeout}, since a quiet poll succeeds only when it ends
 * @param retryMax the longest wait between two failed polls (the wait doubles from half a second up to it)
 */
@ConfigurationProperties("lighthouse.telegram")
record TelegramSettings(@Nullable String token, URI apiUrl, Duration pollTimeout, Duration intakeDownAfter,
        Duration retryMax) {

    private static final Pattern TOKEN = Pattern.compile("\\d{3,20}:[A-Za-z0-9_-]{20,100}");

    TelegramSettings {
        token = token == null || token.isBlank() ? null : token.strip();
        apiUrl = apiUrl == null ? URI.create("https://api.telegram.org") : apiUrl;
        pollTimeout = pollTimeout == null ? Duration.ofSeconds(50) : pollTimeout;
        intakeDownAfter = intakeDownAfter == null ? Duration.ofMinutes(1) : intakeDownAfter;
        retryMax = retryMax == null ? Duration.ofSeconds(30) : retryMax;
        if (token != null && !TOKEN.matcher(token).matches()) {
            throw new ConfigurationProblem("TELEGRAM_BOT_TOKEN does not look like a bot token (digits, a colon, then"
                    + " letters, digits, - or _, as BotFather gives it): copy it again from BotFather, or unset it to run"
                    + " without Telegram");
        }
        if (apiUrl.getHost() == null || !("https".equals(apiUrl.getScheme()) || "http".equals(apiUrl.getScheme()))) {
            throw new ConfigurationProblem("TELEGRAM_API_URL '" + apiUrl + "' is not an http(s) URL: write it like"
                    + " https://api.telegram.org, or unset it");
        }
        if (intakeDownAfter.compareTo(pollTimeout) <= 0) {
            throw new ConfigurationProblem("lighthouse.telegram.intake-down-after (" + intakeDownAfter + ") must be"
                    + " longer than lighthouse.telegram.poll-timeout (" + pollTimeout + "), or health reports every"
                    + " quiet poll as an outage");
        }
    }

    boolean enabled() {
        return token != null;
    }

    /** The bot's own user id: a token is {@code <bot id>:<secret>}. */
    long botId() {
        return Long.parseLong(token.substring(0, token.indexOf(':')));
    }
}
