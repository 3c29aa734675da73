package org.lighthouse.channel.inbox;

import java.time.Instant;
import org.lighthouse.channel.Inbound;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** An inbound event stored before it is handled, and removed once it is. */
@Document("inbox")
record InboxEntry(@Id String id, Inbound inbound, Instant receivedAt) {

    static InboxEntry of(Inbound inbound, Instant now) {
        return new InboxEntry(inbound.chat().key() + "#" + inbound.seq(), inbound, now);
    }
}
