package org.lighthouse.channel.zalo;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.lighthouse.channel.ChatRef;
import org.lighthouse.channel.Inbound;
import org.lighthouse.channel.Inbound.Attachment;
import org.lighthouse.channel.Inbound.Kind;
import org.lighthouse.channel.choices.NumberedChoices;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;

/**
 * Turns Zalo updates into {@link Inbound} events. A text in a private chat that names one of the chat's last numbered
 * choices is a press of that button ({@link NumberedChoices}); other text is text, or a command when it starts with
 * {@code /}; a picture, sticker or anything else is a {@link Kind#MEDIA} with its caption. In a group only commands
 * reach the bot (which answers that it works in private chats): everything else there is left alone. Updates are read
 * field by field and never stop one another: what cannot be read is passed over.
 */
class ZaloUpdates {

    static final String TEXT = "message.text.received";
    static final String IMAGE = "message.image.received";
    static final String STICKER = "message.sticker.received";
    static final String UNSUPPORTED = "message.unsupported.received";

    private static final Logger log = LoggerFactory.getLogger(ZaloUpdates.class);

    private final NumberedChoices choices;

    ZaloUpdates(NumberedChoices choices) {
        this.choices = choices;
    }

    /** The inbox's key for a message: Zalo's message id, a string unique to the message. */
    static String key(String messageId) {
        return "zl:m" + messageId;
    }

    /**
     * The updates in a getUpdates result or a webhook's body, which may be one update, a list of them, or either
     * wrapped as {@code {"ok":true,"result":...}}.
     */
    static List<JsonNode> in(@Nullable JsonNode body) {
        List<JsonNode> updates = new ArrayList<>();
        if (body == null || body.isNull() || body.isMissingNode()) {
            return updates;
        }
        if (body.isArray()) {
            body.forEach(update -> updates.addAll(in(update)));
        } else if (body.isObject() && !body.has("message") && body.has("result")) {
            updates.addAll(in(body.get("result")));
        } else if (body.isObject()) {
            updates.add(body);
        }
        return updates;
    }

    /** The event an update amounts to, if any. Never throws. */
    Optional<Inbound> read(JsonNode update) {
        JsonNode message = update.path("message");
        String messageId = text(message.path("message_id"));
        String chatId = text(message.path("chat").path("id"));
        if (messageId == null || chatId == null) {
            log.warn("Zalo: an update without a message id or chat id was passed over ({})",
                    update.path("event_name").asText("no event_name"));
            return Optional.empty();
        }
        ChatRef chat = ChatRef.zalo(chatId);
        String sender = Optional.ofNullable(text(message.path("from").path("id"))).orElse(chatId);
        boolean group = "GROUP".equalsIgnoreCase(message.path("chat").path("chat_type").asText(""));
        String event = update.path("event_name").asText("");
        String typed = message.path("text").isTextual() ? message.path("text").asText() : null;
        String caption = message.path("caption").isTextual() ? message.path("caption").asText() : null;
        boolean textEvent = event.equals(TEXT) || event.isEmpty() && typed != null;
        if (group) {
            return textEvent && typed != null && typed.strip().startsWith("/")
                    ? Optional.of(Inbound.of(chat, key(messageId), sender, true, Kind.COMMAND, typed.strip(), null,
                            null, null))
                    : Optional.empty();
        }
        if (textEvent) {
            if (typed == null || typed.isBlank()) {
                return Optional.empty();
            }
            Optional<String> pressed = chosen(chat, typed);
            return Optional.of(pressed.isPresent()
                    ? Inbound.of(chat, key(messageId), sender, false, Kind.BUTTON, null, pressed.get(), null, null)
                    : Inbound.of(chat, key(messageId), sender, false, Kind.ofText(typed, false), typed, null, null,
                            null));
        }
        Attachment attachment = switch (event) {
            case IMAGE -> Attachment.PHOTO;
            case STICKER -> Attachment.STICKER;
            default -> Attachment.OTHER;
        };
        String words = caption != null && !caption.isBlank() ? caption : typed;
        String photo = attachment == Attachment.PHOTO && message.path("photo").isTextual()
                ? message.path("photo").asText() : null;
        return Optional.of(new Inbound(chat, key(messageId), 0, sender, false, Kind.MEDIA, words, null, messageId,
                false, null, attachment, null, photo));
    }

    /** The button a typed text names; when the choices cannot be read, the text stays text rather than be lost. */
    private Optional<String> chosen(ChatRef chat, String typed) {
        try {
            return choices.chosen(chat, typed);
        } catch (DataAccessException e) {
            log.warn("Zalo: could not read the last choices of a chat ({}); its message is taken as text", e.toString());
            return Optional.empty();
        }
    }

    /** A string field, or a number given where a string was expected; null when absent or empty. */
    private static @Nullable String text(JsonNode value) {
        if (!value.isTextual() && !value.isNumber()) {
            return null;
        }
        String text = value.asText().strip();
        return text.isEmpty() ? null : text;
    }
}
