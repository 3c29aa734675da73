package org.lighthouse.channel.zalo;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.lighthouse.shared.ConfigurationProblem;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The Zalo channel (Zalo Bot Platform).
 *
 * @param token the bot's token from Zalo Bot Manager ({@code ZALO_BOT_TOKEN}, {@code <bot id>:<secret>}); Zalo is on
 *     when it is set
 * @param apiUrl the Bot API's base URL ({@code ZALO_API_URL}); calls go to {@code <apiUrl>/bot<token>/<method>}
 * @param webhookUrl the public HTTPS address of {@code /webhooks/zalo} ({@code ZALO_WEBHOOK_URL}): with
 *     {@code webhookSecret}, Zalo delivers there instead of being polled
 * @param webhookSecret 8 to 256 characters Zalo sends back in {@code X-Bot-Api-Secret-Token} with every delivery
 *     ({@code ZALO_WEBHOOK_SECRET})
 * @param publicBaseUrl where Zalo can fetch this service's pictures ({@code ZALO_PUBLIC_BASE_URL}, e.g.
 *     {@code https://lighthouse.example.org}); unset, lesson pictures are left out on Zalo
 * @param pollTimeout how long one getUpdates waits for a message
 * @param intakeDownAfter how long without a successful poll (or without the webhook set) before health says Zalo's
 *     intake is down
 * @param retryMax the longest wait between two failed polls
 * @param perSecond messages per second to Zalo overall: Zalo publishes no limit, so a conservative 20
 * @param chatInterval the least time between two messages to one chat: 1 second, as Telegram allows
 * @param tooManyWait how long to stop sending after Zalo says "too many requests" without saying how long, doubled
 *     while it goes on saying so (up to a minute)
 */
@ConfigurationProperties("lighthouse.zalo")
record ZaloSettings(@Nullable String token, String apiUrl, @Nullable String webhookUrl, @Nullable String webhookSecret,
        @Nullable String publicBaseUrl, Duration pollTimeout, Duration intakeDownAfter, Duration retryMax,
        Double perSecond, Duration chatInterval, Duration tooManyWait) {

    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{1,64}:[A-Za-z0-9_.~-]{1,256}");
    private static final Pattern SECRET = Pattern.compile("[\\x21-\\x7E]{8,256}");

    ZaloSettings {
        token = blankToNull(token);
        apiUrl = apiUrl == null || apiUrl.isBlank() ? "https://bot-api.zaloplatforms.com" : apiUrl.strip();
        webhookUrl = blankToNull(webhookUrl);
        webhookSecret = webhookSecret == null || webhookSecret.isEmpty() ? null : webhookSecret;
        publicBaseUrl = blankToNull(publicBaseUrl);
        pollTimeout = pollTimeout == null ? Duration.ofSeconds(30) : pollTimeout;
        intakeDownAfter = intakeDownAfter == null ? Duration.ofMinutes(1) : intakeDownAfter;
        retryMax = retryMax == null ? Duration.ofSeconds(30) : retryMax;
        perSecond = perSecond == null ? 20.0 : perSecond;
        chatInterval = chatInterval == null ? Duration.ofSeconds(1) : chatInterval;
        tooManyWait = tooManyWait == null ? Duration.ofSeconds(5) : tooManyWait;
        if (token != null && !TOKEN.matcher(token).matches()) {
            throw new ConfigurationProblem("ZALO_BOT_TOKEN does not look like a Zalo bot token (<bot id>:<secret>, as"
                    + " Zalo Bot Manager gives it): copy it again from Zalo Bot Manager, or unset it to run without Zalo");
        }
        if ((webhookUrl == null) != (webhookSecret == null)) {
            throw new ConfigurationProblem(webhookUrl == null
                    ? "ZALO_WEBHOOK_SECRET is set but ZALO_WEBHOOK_URL is not: set both for Zalo by webhook, or neither"
                            + " for long polling"
                    : "ZALO_WEBHOOK_URL is set but ZALO_WEBHOOK_SECRET is not: set both for Zalo by webhook (the secret"
                            + " 8 to 256 characters), or neither for long polling");
        }
        if (token == null && webhookUrl != null) {
            throw new ConfigurationProblem("ZALO_WEBHOOK_URL and ZALO_WEBHOOK_SECRET are set but ZALO_BOT_TOKEN is not:"
                    + " set the token too, or unset them to run without Zalo");
        }
        if (webhookSecret != null && !SECRET.matcher(webhookSecret).matches()) {
            throw new ConfigurationProblem("ZALO_WEBHOOK_SECRET must be 8 to 256 characters without spaces (Zalo's"
                    + " rule; it has " + webhookSecret.length() + "): choose another, e.g. 32 random letters and digits");
        }
        httpUrl(apiUrl, "ZALO_API_URL", "https://bot-api.zaloplatforms.com");
        if (webhookUrl != null) {
            httpUrl(webhookUrl, "ZALO_WEBHOOK_URL", "https://lighthouse.example.org/webhooks/zalo");
        }
        if (publicBaseUrl != null) {
            publicBaseUrl = httpUrl(publicBaseUrl, "ZALO_PUBLIC_BASE_URL", "https://lighthouse.example.org").toString()
                    .replaceAll("/+$", "");
        }
        if (intakeDownAfter.compareTo(pollTimeout) <= 0) {
            throw new ConfigurationProblem("lighthouse.zalo.intake-down-after (" + intakeDownAfter + ") must be longer"
                    + " than lighthouse.zalo.poll-timeout (" + pollTimeout + "), or health reports every quiet poll as"
                    + " an outage");
        }
        if (perSecond <= 0 || chatInterval.isNegative()) {
            throw new ConfigurationProblem("lighthouse.zalo.per-second must be more than 0 and"
                    + " lighthouse.zalo.chat-interval not negative");
        }
    }

    boolean enabled() {
        return token != null;
    }

    /** Whether Zalo delivers by webhook rather than being polled. */
    boolean webhook() {
        return webhookUrl != null && webhookSecret != null;
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static URI httpUrl(String value, String name, String example) {
        try {
            URI uri = new URI(value);
            if (uri.getHost() != null && ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // said below
        }
        throw new ConfigurationProblem(name + " '" + value + "' is not an http(s) URL: write it like " + example
                + ", or unset it");
    }
}
