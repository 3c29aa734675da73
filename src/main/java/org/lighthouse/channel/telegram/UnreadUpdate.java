package org.lighthouse.channel.telegram;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An update TelegramBots' parser could not read, kept for a week to find why: never what the person wrote, their name
 * or any id but the update's own.
 *
 * @param id the inbox's key of the update, so that an update delivered again is recorded once
 * @param type the update's kind ({@code message}, {@code poll}, ...): its first field after {@code update_id}
 * @param error the parser's complaint: the exception and the path of fields where it arose, without values
 * @param shape the update's {@link JsonShape}
 * @param passedOn whether a private text in it still reached the bot ({@link LenientReader})
 */
@Document("telegram_unread")
record UnreadUpdate(@Id String id, @Nullable Long updateId, String type, String error, Instant at, String shape,
        boolean passedOn) {
}
