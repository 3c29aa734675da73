package org.lighthouse.channel.messenger;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.lighthouse.shared.ConfigurationProblem;
import org.lighthouse.shared.Retention;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The Facebook Messenger channel (a Facebook Page). On when the three secrets are set; one or two of them stop the
 * start, naming what is missing.
 *
 * @param pageToken the Page access token ({@code MESSENGER_PAGE_TOKEN}), sent with every Send API call
 * @param appSecret the Meta app's secret ({@code MESSENGER_APP_SECRET}), the key of every delivery's signature
 * @param verifyToken the word chosen for the webhook's handshake ({@code MESSENGER_VERIFY_TOKEN})
 * @param apiUrl the Graph API's base URL with its version ({@code MESSENGER_API_URL}); the Send API is
 *     {@code <apiUrl>/me/messages}
 * @param perSecond Send API calls per second over all chats (Meta allows 300 a second per Page for text)
 * @param chatInterval the least time between two messages to one person (Meta publishes no number, and warns that
 *     too many messages to one thread are limited)
 * @param rateLimitWait how long a chat waits after Meta said "too many calls" (its errors carry no retry time)
 * @param maxBody the largest webhook delivery taken, in bytes; a larger one is refused with 413, unread
 * @param window how long after the person's last message the bot may write (Meta: 24 hours)
 * @param humanWindow how long after it a person (a responder) may still answer with the HUMAN_AGENT tag (Meta: 7 days)
 */
@ConfigurationProperties("lighthouse.messenger")
record MessengerSettings(@Nullable String pageToken, @Nullable String appSecret, @Nullable String verifyToken,
        URI apiUrl, Double perSecond, Duration chatInterval, Duration rateLimitWait, Integer maxBody, Duration window,
        Duration humanWindow) implements Retention {

    MessengerSettings {
        pageToken = blankToNull(pageToken);
        appSecret = blankToNull(appSecret);
        verifyToken = blankToNull(verifyToken);
        apiUrl = apiUrl == null ? URI.create("https://graph.facebook.com/v25.0") : apiUrl;
        perSecond = perSecond == null ? 50.0 : perSecond;
        chatInterval = chatInterval == null ? Duration.ofMillis(250) : chatInterval;
        rateLimitWait = rateLimitWait == null ? Duration.ofSeconds(30) : rateLimitWait;
        maxBody = maxBody == null ? 1024 * 1024 : maxBody;
        window = window == null ? Duration.ofHours(24) : window;
        humanWindow = humanWindow == null ? Duration.ofDays(7) : humanWindow;
        List<String> missing = new ArrayList<>();
        if (pageToken == null) {
            missing.add("MESSENGER_PAGE_TOKEN");
        }
        if (appSecret == null) {
            missing.add("MESSENGER_APP_SECRET");
        }
        if (verifyToken == null) {
            missing.add("MESSENGER_VERIFY_TOKEN");
        }
        if (!missing.isEmpty() && missing.size() < 3) {
            throw new ConfigurationProblem("Messenger needs MESSENGER_PAGE_TOKEN, MESSENGER_APP_SECRET and"
                    + " MESSENGER_VERIFY_TOKEN together; " + String.join(" and ", missing)
                    + (missing.size() == 1 ? " is" : " are") + " missing: set " + (missing.size() == 1 ? "it" : "them")
                    + ", or unset the others to run without Messenger");
        }
        if (apiUrl.getHost() == null || !("https".equals(apiUrl.getScheme()) || "http".equals(apiUrl.getScheme()))) {
            throw new ConfigurationProblem("MESSENGER_API_URL '" + apiUrl + "' is not an http(s) URL: write it like"
                    + " https://graph.facebook.com/v25.0, or unset it");
        }
        if (perSecond <= 0 || maxBody < 1024 || humanWindow.compareTo(window) < 0) {
            throw new ConfigurationProblem("lighthouse.messenger: per-second must be above 0, max-body at least 1024"
                    + " bytes, and human-window at least as long as window");
        }
    }

    boolean enabled() {
        return pageToken != null;
    }

    /** The Send API's address, without the token. */
    URI sendApi() {
        String base = apiUrl.toString();
        return URI.create((base.endsWith("/") ? base : base + "/") + "me/messages");
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    @Override
    public List<Kept> kept() {
        return List.of(Kept.time("lighthouse.messenger.human-window", humanWindow));
    }
}
