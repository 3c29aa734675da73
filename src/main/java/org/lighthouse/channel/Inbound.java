package org.lighthouse.channel;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One thing a person did in a chat, in the same form whatever the channel.
 *
 * @param chat where it happened
 * @param key the channel's own id of the event ({@code tg:u1234} for a Telegram update,
 *     {@code web:<session>:<post id>}): an idempotency key, remembered for days so that an event delivered twice is handled once; never an order, since
 *     platforms restart their ids
 * @param seq the inbox's number for the event, given when it stored it (0 before): it grows with every event taken, in
 *     the order they arrived, across chats and restarts; ids derived from an event (replies, cases) are made from it
 * @param sender who did it (a Telegram user id, or the web session), never shown to other users
 * @param group whether it happened in a group chat
 * @param kind what it is
 * @param text the text typed or the command, for {@link Kind#TEXT}, {@link Kind#EDITED_TEXT}, {@link Kind#COMMAND};
 *     the caption of a {@link Kind#MEDIA}. Phone numbers in it were blanked before it was stored
 * @param data the data of the button pressed, for {@link Kind#BUTTON}; forged data is possible and must be checked
 * @param messageRef the channel's id of the message whose button was pressed, so that a reply can edit it in place; for
 *     {@link Kind#MEDIA} and {@link Kind#PRIVATE_DATA}, the id of the person's own message, so that it can be relayed
 * @param forwarded whether the text was forwarded from someone else
 * @param languageHint the language the person's app is set to, if the channel says
 * @param attachment what a {@link Kind#MEDIA} or {@link Kind#PRIVATE_DATA} message carries
 * @param quoted the text of the message this one answers (a reply in Telegram), if any
 * @param media where the channel fetches the photo of a {@link Kind#MEDIA} message ({@link PhotoFetcher}): Telegram's
 *     file id of its largest size, or the address Zalo or Messenger gave; on Telegram, the file id of a voice note or
 *     an audio file too; null for anything else
 */
public record Inbound(ChatRef chat, String key, long seq, String sender, boolean group, Kind kind,
        @Nullable String text, @Nullable String data, @Nullable String messageRef, boolean forwarded,
        @Nullable String languageHint, @Nullable Attachment attachment, @Nullable String quoted,
        @Nullable String media) {

    public enum Kind {
        /** A text message. */
        TEXT,
        /** A text message starting with {@code /}. */
        COMMAND,
        /** A button pressed. */
        BUTTON,
        /** A text message changed after it was sent. */
        EDITED_TEXT,
        /** A sticker, photo, voice message, video, file or anything else that is not text. */
        MEDIA,
        /** A phone number or a location, which Lighthouse never asks for and does not keep. */
        PRIVATE_DATA,
        /** The person blocked the bot, or the channel can no longer reach them. */
        BLOCKED,
        /** The person unblocked the bot. */
        UNBLOCKED,
        /** The bot was added to a group. */
        ADDED_TO_GROUP;

        /** What a typed text is: a command when it starts with {@code /}, an edit when it was changed after sending. */
        public static Kind ofText(String text, boolean edited) {
            return edited ? EDITED_TEXT : text.startsWith("/") ? COMMAND : TEXT;
        }
    }

    /** What a message other than text carries. */
    public enum Attachment {
        PHOTO, VOICE, AUDIO, VIDEO, VIDEO_NOTE, DOCUMENT, STICKER, ANIMATION, LOCATION, CONTACT, OTHER
    }

    /** A text, command or button press: the common events, with nothing attached. */
    public static Inbound of(ChatRef chat, String key, String sender, boolean group, Kind kind, @Nullable String text,
            @Nullable String data, @Nullable String messageRef, @Nullable String languageHint) {
        return new Inbound(chat, key, 0, sender, group, kind, text, data, messageRef, false, languageHint, null, null,
                null);
    }

    /** The same event, numbered by the inbox. */
    public Inbound numbered(long number) {
        return new Inbound(chat, key, number, sender, group, kind, text, data, messageRef, forwarded, languageHint,
                attachment, quoted, media);
    }

    /** The same event with its texts replaced (blanked of what must not be stored). */
    public Inbound withTexts(@Nullable String newText, @Nullable String newQuoted) {
        return new Inbound(chat, key, seq, sender, group, kind, newText, data, messageRef, forwarded, languageHint,
                attachment, newQuoted, media);
    }

    /** The command's name without the slash and the bot's name: {@code /Start@lighthouse_bot x} gives {@code start}. */
    public String command() {
        if (kind != Kind.COMMAND || text == null) {
            return "";
        }
        String first = text.strip().split("\\s+", 2)[0].substring(1);
        int at = first.indexOf('@');
        return (at < 0 ? first : first.substring(0, at)).toLowerCase(Locale.ROOT);
    }

    /** What follows the command, for example the code of {@code /start CODE}; empty when nothing does. */
    public String commandArgument() {
        if (kind != Kind.COMMAND || text == null) {
            return "";
        }
        String[] parts = text.strip().split("\\s+", 2);
        return parts.length < 2 ? "" : parts[1].strip();
    }
}
