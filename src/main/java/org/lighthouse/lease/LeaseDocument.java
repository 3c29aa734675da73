package org.lighthouse.lease;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The one lease document.
 *
 * @param holder the active instance's name; null once it let the lease go
 * @param token grows by one at every takeover: the fencing token of the holder
 * @param beat grows at every renewal: a standby that sees it stand still for the takeover time takes over
 */
@Document("lease")
record LeaseDocument(@Id String id, @Nullable String holder, long token, long beat) {

    static final String ID = "active";

    static LeaseDocument first(String holder) {
        return new LeaseDocument(ID, holder, 1, 0);
    }

    boolean sameBeat(LeaseDocument other) {
        return token == other.token && beat == other.beat && java.util.Objects.equals(holder, other.holder);
    }
}
