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
}
