package org.lighthouse.channel;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A message from the bot: text, optional rows of buttons, and optionally the message it replaces in place.
 *
 * @param text the text; longer texts than a channel allows are split by the outbox
 * @param buttons rows of buttons, empty for none
 * @param editOf the channel's id of an earlier bot message to change instead of sending a new one
 * @param document a file to send with the text as its caption, or null
 */
public record Reply(String text, List<List<Button>> buttons, @Nullable String editOf, @Nullable Document document) {

    public Reply {
        buttons = buttons.stream().map(List::copyOf).toList();
    }

    public static Reply text(String text) {
        return new Reply(text, List.of(), null, null);
    }

    public static Reply withButtons(String text, List<List<Button>> buttons) {
        return new Reply(text, buttons, null, null);
    }

    public Reply replacing(@Nullable String messageRef) {
        return new Reply(text, buttons, messageRef, document);
    }

    /** A file to send: a CSV report or a QR code image. */
    public record Document(String fileName, String mediaType, byte[] content) {
    }
}
