package org.lighthouse.channel.outbox;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.lighthouse.channel.ChatRef;
import org.lighthouse.channel.Reply;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One message in the outbox.
 *
 * @param id the sender's key and the message's place in its batch; a second message with the same id is refused
 * @param seq the order of acceptance, which is the order of sending within a chat, urgent messages first
 * @param urgent whether it goes before the chat's other waiting messages (an alert about a person in danger)
 * @param fence the lease token of the last instance that claimed it for sending: one with an older token may not;
 *     0 in messages stored before the lease was
 * @param waiting {@link #WAITING} when a standby accepted it: the active instance looks for such messages
 * @param bulk whether it is one of many accepted at once (a broadcast): it goes after other chats' waiting messages;
 *     false in messages stored before the field was
 */
@Document("outbox")
public record OutboxMessage(@Id String id, ChatRef chat, long seq, Reply reply, @Indexed Status status, int attempts,
        Instant acceptedAt, @Nullable Instant sentAt, @Nullable String channelMessageId, @Nullable String error,
        boolean urgent, @WhenMissing("#root.fence ?: 0L") long fence, @Indexed @Nullable String waiting,
        @WhenMissing("#root.bulk ?: false") boolean bulk) {

    static final String WAITING = "active";

    public enum Status {
        /** Accepted, not yet taken by the channel. */
        PENDING,
        /** Taken by the channel. */
        SENT,
        /** The channel refused it for good (the person blocked the bot, or the message was invalid). */
        DROPPED
    }

    /** A message accepted by the instance holding {@code token}, or by a standby (token 0). */
    static OutboxMessage pending(String id, ChatRef chat, long seq, Reply reply, Instant now, Precedence precedence,
            long token) {
        return new OutboxMessage(id, chat, seq, reply, Status.PENDING, 0, now, null, null, null,
                precedence == Precedence.URGENT, token, token > 0 ? null : WAITING, precedence == Precedence.BULK);
    }
}
