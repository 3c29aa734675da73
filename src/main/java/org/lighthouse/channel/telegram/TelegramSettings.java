package org.lighthouse.channel.telegram;

import java.net.URI;
import java.net.URISyntaxException;
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
 * @param retryMax the longest wait between two failed polls (the wait doubles from half a second up to it), and
 *     between two failed attempts to set the webhook
 * @param webhookUrl the public HTTPS URL Telegram delivers updates to ({@code TELEGRAM_WEBHOOK_URL}), which reaches
 *     {@code /webhooks/telegram} on the web port; with {@code webhookSecret}, webhook mode instead of long polling
 * @param webhookSecret what Telegram sends back in the header {@code X-Telegram-Bot-Api-Secret-Token} of every
 *     delivery ({@code TELEGRAM_WEBHOOK_SECRET}): 1-256 characters of {@code A-Z a-z 0-9 _ -}
 * @param webhookMaxConnections how many deliveries Telegram may make at once (its {@code max_connections}, 1-100)
 * @param webhookCheckEvery how often, in webhook mode, Telegram is asked how its deliveries go ({@code getWebhookInfo})
 * @param webhookErrorRecent how long an error Telegram reports for its deliveries keeps health DEGRADED
 */
@ConfigurationProperties("lighthouse.telegram")
record TelegramSettings(@Nullable String token, URI apiUrl, Duration pollTimeout, Duration intakeDownAfter,
        Duration retryMax, @Nullable String webhookUrl, @Nullable String webhookSecret, Integer webhookMaxConnections,
        Duration webhookCheckEvery, Duration webhookErrorRecent) {

    private static final Pattern TOKEN = Pattern.compile("\\d{3,20}:[A-Za-z0-9_-]{20,100}");
    /** What Telegram accepts as {@code secret_token}. */
    private static final Pattern SECRET = Pattern.compile("[A-Za-z0-9_-]{1,256}");
    private static final Pattern LOOPBACK = Pattern.compile("localhost|127(\\.\\d{1,3}){3}|\\[::1]",
            Pattern.CASE_INSENSITIVE);

    TelegramSettings {
        token = token == null || token.isBlank() ? null : token.strip();
        apiUrl = apiUrl == null ? URI.create("https://api.telegram.org") : apiUrl;
        pollTimeout = pollTimeout == null ? Duration.ofSeconds(50) : pollTimeout;
        intakeDownAfter = intakeDownAfter == null ? Duration.ofMinutes(1) : intakeDownAfter;
        retryMax = retryMax == null ? Duration.ofSeconds(30) : retryMax;
        webhookUrl = webhookUrl == null || webhookUrl.isBlank() ? null : webhookUrl.strip();
        webhookSecret = webhookSecret == null || webhookSecret.isEmpty() ? null : webhookSecret;
        webhookMaxConnections = webhookMaxConnections == null ? 20 : webhookMaxConnections;
        webhookCheckEvery = webhookCheckEvery == null ? Duration.ofMinutes(2) : webhookCheckEvery;
        webhookErrorRecent = webhookErrorRecent == null ? Duration.ofMinutes(10) : webhookErrorRecent;
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
        checkWebhook(token, webhookUrl, webhookSecret, webhookMaxConnections);
    }

    /** Webhook mode needs both settings, a URL Telegram delivers to and a secret Telegram accepts. */
    private static void checkWebhook(@Nullable String token, @Nullable String url, @Nullable String secret,
            int maxConnections) {
        if (url == null && secret == null) {
            return;
        }
        if (url == null || secret == null) {
            throw new ConfigurationProblem((url == null ? "TELEGRAM_WEBHOOK_SECRET is set but TELEGRAM_WEBHOOK_URL is"
                    : "TELEGRAM_WEBHOOK_URL is set but TELEGRAM_WEBHOOK_SECRET is") + " not: set both for webhook"
                    + " mode, or neither for long polling");
        }
        if (token == null) {
            throw new ConfigurationProblem("TELEGRAM_WEBHOOK_URL and TELEGRAM_WEBHOOK_SECRET are set but"
                    + " TELEGRAM_BOT_TOKEN is not: set the bot's token, or unset both to run without Telegram");
        }
        URI uri = webhookUri(url);
        if (!"https".equals(uri.getScheme()) && !("http".equals(uri.getScheme()) && LOOPBACK.matcher(uri.getHost())
                .matches())) {
            throw new ConfigurationProblem("TELEGRAM_WEBHOOK_URL '" + url + "' is not https: Telegram delivers only to"
                    + " HTTPS; write it like https://<public host>/webhooks/telegram");
        }
        if (!SECRET.matcher(secret).matches()) {
            throw new ConfigurationProblem("TELEGRAM_WEBHOOK_SECRET is not 1 to 256 characters of A-Z, a-z, 0-9, _"
                    + " and -, which is all Telegram accepts: make one with 'openssl rand -hex 32'");
        }
        if (maxConnections < 1 || maxConnections > 100) {
            throw new ConfigurationProblem("lighthouse.telegram.webhook-max-connections (" + maxConnections + ") must"
                    + " be 1 to 100, as Telegram allows");
        }
    }

    private static URI webhookUri(String url) {
        try {
            URI uri = new URI(url);
            if (uri.getScheme() != null && uri.getHost() != null) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // said below
        }
        throw new ConfigurationProblem("TELEGRAM_WEBHOOK_URL '" + url + "' is not a URL: write it like"
                + " https://<public host>/webhooks/telegram");
    }

    boolean enabled() {
        return token != null;
    }

    /** Webhook mode: Telegram delivers to {@link #webhook()} instead of being polled. */
    boolean webhookMode() {
        return webhookUrl != null;
    }

    /** The URL Telegram delivers to, in webhook mode. */
    URI webhook() {
        return webhookUri(webhookUrl);
    }

    /** Without the token and the webhook's secret, should the settings ever be logged. */
    @Override
    public String toString() {
        return "TelegramSettings[apiUrl=" + apiUrl + ", webhookUrl=" + webhookUrl + ", token and secret not shown]";
    }

    /** The bot's own user id: a token is {@code <bot id>:<secret>}. */
    long botId() {
        return Long.parseLong(token.substring(0, token.indexOf(':')));
    }
}
