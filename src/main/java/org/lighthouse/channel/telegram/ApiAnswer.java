package org.lighthouse.channel.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/** What the Bot API answered to one call made by {@link BotApi}. */
sealed interface ApiAnswer {

    /** {@code ok}: the call's result. */
    record Result(JsonNode value) implements ApiAnswer {
    }

    /**
     * Telegram refused the call.
     *
     * @param retryAfter how long to wait first, when Telegram says (429)
     */
    record Refused(int code, String description, @Nullable Duration retryAfter) implements ApiAnswer {
    }

    /** No answer, or none that reads as the Bot API's: {@code kind} names what happened without the URL or token. */
    record Failed(String kind) implements ApiAnswer {
    }

    /** What went wrong, in words for health and logs: never the token or the URL. */
    default String kind() {
        if (this instanceof Refused refused) {
            return switch (refused.code()) {
                case 401 -> "401: the token was refused";
                case 404 -> "404: no Bot API for this token at this URL";
                case 429 -> "429: too many requests";
                default -> refused.code() + (refused.code() >= 500 ? ": Telegram's server failed" : ": refused");
            };
        }
        return this instanceof Failed failed ? failed.kind() : "ok";
    }
}
