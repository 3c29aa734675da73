package org.lighthouse.channel.telegram;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jspecify.annotations.Nullable;
import org.lighthouse.channel.Inbound;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Reads one update on its own, so that no update can stop the others: with TelegramBots' types and the
 * {@link UpdateMapper} when they can read it; otherwise it is noted as unread, and a private text in it is still
 * passed on by the {@link LenientReader}.
 */
class UpdateReader {

    private final ObjectMapper json = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private final UpdateMapper mapper;
    private final UnreadUpdates unread;

    /**
     * What an update amounts to.
     *
     * @param event what to hand to the inbox, if anything
     * @param buttonPress the id of the button press to answer (so that the person's app stops waiting), if any
     * @param unread the record to keep when the parser refused the update
     */
    record Read(@Nullable Inbound event, @Nullable String buttonPress, @Nullable UnreadUpdate unread) {
    }

    UpdateReader(UpdateMapper mapper, UnreadUpdates unread) {
        this.mapper = mapper;
        this.unread = unread;
    }

    /** Never throws. */
    Read read(JsonNode update) {
        Update parsed;
        try {
            parsed = json.treeToValue(update, Update.class);
        } catch (JsonProcessingException | RuntimeException e) {
            return unreadable(update, e);
        }
        try {
            return new Read(mapper.map(parsed).orElse(null),
                    parsed.hasCallbackQuery() ? parsed.getCallbackQuery().getId() : null, null);
        } catch (RuntimeException e) {
            return unreadable(update, e);
        }
    }

    private Read unreadable(JsonNode update, Exception failure) {
        Inbound salvaged = LenientReader.read(update).orElse(null);
        return new Read(salvaged, null, unread.note(update, failure, salvaged != null));
    }
}
