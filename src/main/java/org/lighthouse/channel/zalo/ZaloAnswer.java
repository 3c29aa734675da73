package org.lighthouse.channel.zalo;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** What the Zalo Bot API answered to one call made by {@link ZaloApi}. */
sealed interface ZaloAnswer {

    /** {@code "ok": true}: the call's result (a JSON null when there was none). */
    record Result(JsonNode value) implements ZaloAnswer {
    }

    /**
     * Zalo refused the call: {@code "ok": false} with {@code error_code} and {@code description}, or an HTTP error.
     *
     * @param retryAfter how long to wait first, when Zalo says
     */
    record Refused(int code, String description, @Nullable Duration retryAfter) implements ZaloAnswer {

        private static final Pattern TOO_MANY = Pattern.compile("too many|rate.?limit|quota|limit exceeded|flood");
        private static final Pattern SOMEONE = Pattern.compile("chat|user|recipient|receiver|follower|block");

        /** Zalo says the bot sends too much: wait before sending again. */
        boolean tooMany() {
            return code == 429 || TOO_MANY.matcher(lowerDescription()).find();
        }

        /** Zalo does not take the token (its answer to a wrong one is 401, or 404 as for an unknown path). */
        boolean tokenRefused() {
            return code == 401 || code == 404 && !SOMEONE.matcher(lowerDescription()).find();
        }

        /** The recipient is unknown to the bot, blocked it, or may not be written to. */
        boolean recipientGone() {
            return code == 403 || (code == 400 || code == 404) && SOMEONE.matcher(lowerDescription()).find();
        }

        /** getUpdates' way of saying that no message came within its timeout. */
        boolean quietPoll() {
            return code == 408;
        }

        private String lowerDescription() {
            return description.toLowerCase(Locale.ROOT);
        }
    }

    /** No answer, or none that reads as the Bot API's: {@code kind} names what happened without the URL or token. */
    record Failed(String kind) implements ZaloAnswer {
    }
}
