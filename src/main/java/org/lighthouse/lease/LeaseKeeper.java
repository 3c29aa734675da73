package org.lighthouse.lease;

import java.time.Duration;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Holds, renews, watches and takes over the lease, one beat at a time. Time is this process's own monotonic time: a
 * standby counts the takeover time from when it saw the holder's last renewal, so no two machines' clocks are
 * compared. The holder steps down by itself when it could not renew for the takeover time less one beat, before any
 * standby may take over.
 */
final class LeaseKeeper {

    private final MongoTemplate mongo;
    private final String me;
    private final long takeoverNanos;
    private final long beatNanos;
    private final LongSupplier nanos;
    private volatile long token;
    private long renewedAt;
    private volatile @Nullable LeaseDocument seen;
    private long seenAt;

    LeaseKeeper(MongoTemplate mongo, String me, Duration takeoverAfter, LongSupplier nanos) {
        this.mongo = mongo;
        this.me = me;
        this.takeoverNanos = takeoverAfter.toNanos();
        this.beatNanos = takeoverAfter.toNanos() / 3;
        this.nanos = nanos;
    }

    /** The token held, or 0 on standby. */
    long token() {
        return token;
    }

    /** The holder last seen by a standby (this instance's own name while it holds the lease). */
    @Nullable String holder() {
        LeaseDocument last = seen;
        return token > 0 ? me : last == null ? null : last.holder();
    }

    /**
     * One beat: the holder renews; a standby takes over a lease that lapsed, was let go, names this instance, or
     * (with {@code atOnce}) any lease. Returns the token held after it, 0 on standby.
     *
     * @throws DataAccessException when the database does not answer (a holder that cannot renew in time has stepped
     *     down first)
     */
    synchronized long beat(boolean atOnce) {
        if (token > 0) {
            renew();
            return token;
        }
        LeaseDocument current = mongo.findById(LeaseDocument.ID, LeaseDocument.class);
        if (current == null) {
            insertFirst();
        } else if (atOnce || current.holder() == null || me.equals(current.holder()) || lapsed(current)) {
            take(current);
        }
        return token;
    }

    /** Lets the lease go, so that a standby takes it at its next beat. */
    synchronized void release() {
        if (token > 0) {
            long held = token;
            token = 0;
            mongo.updateFirst(heldWith(held), Update.update("holder", null), LeaseDocument.class);
        }
    }

    /**
     * Claims one run of a scheduled job: a write to the lease itself, on condition that this instance still holds it
     * with its token. Refused on standby, and for an old holder that slept through a takeover without knowing.
     */
    boolean claimRun() {
        long held = token;
        return held > 0 && mongo.updateFirst(heldWith(held), new Update().inc("jobRuns", 1), LeaseDocument.class)
                .getMatchedCount() == 1;
    }

    private void renew() {
        long held = token;
        try {
            boolean renewed = mongo.updateFirst(heldWith(held), new Update().inc("beat", 1), LeaseDocument.class)
                    .getMatchedCount() == 1;
            if (!renewed) {
                token = 0;
                seen = mongo.findById(LeaseDocument.ID, LeaseDocument.class);
                seenAt = nanos.getAsLong();
                return;
            }
            renewedAt = nanos.getAsLong();
        } catch (DataAccessException e) {
            if (nanos.getAsLong() - renewedAt >= takeoverNanos - beatNanos) {
                token = 0;
            }
            throw e;
        }
    }

    private void insertFirst() {
        try {
            mongo.insert(LeaseDocument.first(me));
            hold(1);
        } catch (DuplicateKeyException e) {
            seen = null;
        }
    }

    /** Whether the lease stood still for the takeover time, as seen from here. */
    private boolean lapsed(LeaseDocument current) {
        long now = nanos.getAsLong();
        if (seen == null || !seen.sameBeat(current)) {
            seen = current;
            seenAt = now;
            return false;
        }
        return now - seenAt >= takeoverNanos;
    }

    private void take(LeaseDocument current) {
        Query unchanged = Query.query(Criteria.where("_id").is(LeaseDocument.ID).and("token").is(current.token())
                .and("beat").is(current.beat()));
        long next = current.token() + 1;
        if (mongo.updateFirst(unchanged, Update.update("holder", me).set("token", next).set("beat", 0),
                LeaseDocument.class).getMatchedCount() == 1) {
            hold(next);
        }
    }

    private void hold(long next) {
        renewedAt = nanos.getAsLong();
        seen = null;
        token = next;
    }

    private Query heldWith(long held) {
        return Query.query(Criteria.where("_id").is(LeaseDocument.ID).and("holder").is(me).and("token").is(held));
    }
}
