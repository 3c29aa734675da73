package org.lighthouse.channel;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A message from the bot: text, optional rows of buttons, and optionally the message it replaces in place.
 *
 * @param text the text; longer texts than a channel allows are split by the outbox
 * @param buttons rows of buttons, empty for none
 * @param editOf the channel's id of an earlier bot message to change instead of sending a new one
 * @param document a file to send with the text as its caption, or null
 * @param copy a message someone sent in another chat of the same channel, to pass on as it is (a voice note, a photo,
 *     a location), without Lighthouse keeping a copy; the text is then unused
 * @param human written by a person (a responder's words relayed by the bot), not by the bot: a channel that limits what
 *     a bot may send may still deliver it (Messenger, with its HUMAN_AGENT tag, up to 7 days after the person's last
 *     message)
 * @param audio a recording to play (a lesson card read aloud), sent alone; the text is then unused
 */
public record Reply(String text, List<List<Button>> buttons, @Nullable String editOf, @Nullable Document document,
        @Nullable Copy copy, Boolean human, @Nullable Audio audio) {

    public Reply {
        buttons = buttons.stream().map(List::copyOf).toList();
        // a reply stored before replies said who wrote them is the bot's
        human = human != null && human;
    }

    public Reply(String text, List<List<Button>> buttons, @Nullable String editOf, @Nullable Document document,
            @Nullable Copy copy, Boolean human) {
        this(text, buttons, editOf, document, copy, human, null);
    }

    public Reply(String text, List<List<Button>> buttons, @Nullable String editOf, @Nullable Document document,
            @Nullable Copy copy) {
        this(text, buttons, editOf, document, copy, false);
    }

    public static Reply text(String text) {
        return new Reply(text, List.of(), null, null, null);
    }

    public static Reply withButtons(String text, List<List<Button>> buttons) {
        return new Reply(text, buttons, null, null, null);
    }

    public static Reply withDocument(String text, List<List<Button>> buttons, Document document) {
        return new Reply(text, buttons, null, document, null);
    }

    /** Passes on the message {@code messageRef} of the chat {@code from}, which must be on the same channel. */
    public static Reply copyOf(ChatRef from, String messageRef) {
        return new Reply("", List.of(), null, null, new Copy(from, messageRef));
    }

    /** Plays a recording. */
    public static Reply audio(Audio audio) {
        return new Reply("", List.of(), null, null, null, false, audio);
    }

    public Reply replacing(@Nullable String messageRef) {
        return new Reply(text, buttons, messageRef, document, copy, human, audio);
    }

    /** The same message, marked as a person's words (see {@link #human}). */
    public Reply byHuman() {
        return new Reply(text, buttons, editOf, document, copy, true, audio);
    }

    /**
     * A recording kept by the service (OGG/Opus, as Telegram records voice notes), named rather than carried, since
     * one recording goes to many people.
     *
     * @param key names this recording, and changes when it is recorded again: a platform's id learnt for it
     *     ({@link AudioUploaded}) is only good for this key
     * @param file where its bytes are, to upload it
     * @param address where this service serves it, for a page to play it ({@code /voice/...})
     * @param uploaded the platforms' ids of the file, by channel name ({@code TELEGRAM}), sent by id instead of again
     */
    public record Audio(String key, String file, String address, Map<String, String> uploaded) {

        public Audio {
            uploaded = Map.copyOf(uploaded);
        }

        public Optional<String> uploadedTo(ChatRef.Channel channel) {
            return Optional.ofNullable(uploaded.get(channel.name()));
        }
    }

    /** A message of another chat to pass on. */
    public record Copy(ChatRef from, String messageRef) {
    }

    /**
     * A file to send with the text: a CSV report, a QR code to print, or a picture.
     *
     * @param picture whether to show it as a picture in the chat (a lesson's image) rather than as a file to keep or
     *     print at full quality (a QR code)
     * @param alt what a picture shows, in words, for a person who cannot see it (a channel that has a place for it:
     *     the web chat's {@code alt}); null for a file, and for a document stored before documents had one
     */
    public record Document(String fileName, String mediaType, byte[] content, boolean picture, @Nullable String alt) {

        public static Document file(String fileName, String mediaType, byte[] content) {
            return new Document(fileName, mediaType, content, false, null);
        }

        public static Document picture(String fileName, String mediaType, byte[] content, String alt) {
            return new Document(fileName, mediaType, content, true, alt);
        }
    }
}
