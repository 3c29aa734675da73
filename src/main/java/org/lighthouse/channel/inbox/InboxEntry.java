package org.lighthouse.channel.inbox;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.lighthouse.channel.Inbound;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An inbound event, stored under the channel's key for it before it is handled. Once handled it keeps only its key and
 * number for a few days, so that the channel delivering it again changes nothing, and loses what the person wrote.
 *
 * @param seq the inbox's number for the event: the order in which events are handled
 * @param inbound the event; null once handled
 * @param setAside when handling it failed too often: it is not tried again
 * @param waiting {@link #WAITING} while it waits for the active instance to take it (stored by a standby, or handed
 *     back by an instance that lost the lease before handling it); absent otherwise
 */
@Document("inbox")
record InboxEntry(@Id String key, long seq, @Nullable Inbound inbound, Instant receivedAt, boolean handled,
        @Nullable Instant handledAt, boolean setAside, @Indexed @Nullable String waiting) {

    static final String WAITING = "active";

    static InboxEntry of(Inbound inbound, Instant now, boolean forTheActive) {
        return new InboxEntry(inbound.key(), inbound.seq(), inbound, now, false, null, false,
                forTheActive ? WAITING : null);
    }
}
