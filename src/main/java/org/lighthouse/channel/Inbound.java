package org.lighthouse.channel;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One thing a person did in a chat, in the same form whatever the channel.
 *
 * @param chat where it happened
 * @param seq increases with every inbound event of a chat; an event whose seq was already handled is a duplicate
 * @param sender who did it (a Telegram user id, or the web session), never shown to other users
 * @param group whether it happened in a group chat
 * @param kind what it is
 * @param text the text typed or the command, for {@link Kind#TEXT}, {@link Kind#EDITED_TEXT}, {@link Kind#COMMAND}
 * @param data the data of the button pressed, for {@link Kind#BUTTON}; forged data is possible and must be checked
 * @param messageRef the channel's id of the message whose button was pressed, so that a reply can edit it in place
 * @param forwarded whether the text was forwarded from someone else
 * @param languageHint the language the person's app is set to, if the channel says
 */
public record Inbound(ChatRef chat, long seq, String sender, boolean group, Kind kind, @Nullable String text,
        @Nullable String data, @Nullable String messageRef, boolean forwarded, @Nullable String languageHint) {

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
        /** The person blocked the bot. */
        BLOCKED,
        /** The person unblocked the bot. */
        UNBLOCKED,
        /** The bot was added to a group. */
        ADDED_TO_GROUP
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
