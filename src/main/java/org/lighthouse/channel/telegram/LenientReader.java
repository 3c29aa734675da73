package org.lighthouse.channel.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.lighthouse.channel.ChatRef;
import org.lighthouse.channel.Inbound;
import org.lighthouse.channel.Inbound.Attachment;
import org.lighthouse.channel.Inbound.Kind;

/**
 * Reads, from the JSON tree alone, the few fields a private message needs to reach the bot: for an update the strict
 * parser refused, so that a cry for help is never lost to a field the parser wanted and Telegram left out. Reads no
 * more than that: groups, buttons and the rest wait for a parser that reads them.
 */
final class LenientReader {

    private LenientReader() {
    }

    static Optional<Inbound> read(JsonNode update) {
        JsonNode id = update.path("update_id");
        if (!id.isIntegralNumber()) {
            return Optional.empty();
        }
        String key = UpdateMapper.key(id.asLong());
        if (update.path("message").isObject()) {
            return message(key, update.get("message"), false);
        }
        if (update.path("edited_message").isObject()) {
            return message(key, update.get("edited_message"), true);
        }
        return Optional.empty();
    }

    private static Optional<Inbound> message(String key, JsonNode message, boolean edited) {
        JsonNode chat = message.path("chat");
        JsonNode from = message.path("from");
        if (!"private".equals(chat.path("type").asText()) || !chat.path("id").isIntegralNumber()
                || !from.path("id").isIntegralNumber() || from.path("is_bot").asBoolean(false)) {
            return Optional.empty();
        }
        String text = textOf(message, "text");
        String caption = textOf(message, "caption");
        Kind kind;
        if (text != null) {
            kind = Kind.ofText(text, edited);
        } else if (caption != null && !edited) {
            kind = Kind.MEDIA;
        } else {
            return Optional.empty();
        }
        boolean media = kind == Kind.MEDIA;
        String own = media && message.path("message_id").isIntegralNumber() ? message.get("message_id").asText() : null;
        JsonNode replied = message.path("reply_to_message");
        String quoted = textOf(replied, "text");
        if (quoted == null) {
            quoted = textOf(replied, "caption");
        }
        return Optional.of(new Inbound(ChatRef.telegram(chat.get("id").asLong()), key, 0, from.get("id").asText(),
                false, kind, media ? caption : text, null, own, message.has("forward_origin"), language(from),
                media ? Attachment.OTHER : null, quoted, null));
    }

    private static @Nullable String textOf(JsonNode message, String field) {
        JsonNode value = message.path(field);
        return value.isTextual() ? value.asText() : null;
    }

    private static @Nullable String language(JsonNode from) {
        return UpdateMapper.languageHint(textOf(from, "language_code"));
    }
}
