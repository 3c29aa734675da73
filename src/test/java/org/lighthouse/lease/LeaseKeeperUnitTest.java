package org.lighthouse.lease;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lighthouse.testing.MemoryMongo;
import org.springframework.dao.DataAccessException;

/**
 * The lease between instances, through the real driver on a database of its own: who holds it, when a standby takes
 * it over, and how an old holder that slept through a takeover finds its writes refused. Each instance has its own
 * monotonic clock, moved by hand.
 */
class LeaseKeeperUnitTest {

    private static final Duration TAKEOVER = Duration.ofSeconds(9);
    private static final long BEAT = TAKEOVER.toNanos() / 3;

    private final MemoryMongo mongo = new MemoryMongo();
    private final AtomicLong timeA = new AtomicLong();
    private final AtomicLong timeB = new AtomicLong();
    private LeaseKeeper a;
    private LeaseKeeper b;

    @BeforeEach
    void database() {
        a = new LeaseKeeper(mongo.template(), "a", TAKEOVER, timeA::get);
        b = new LeaseKeeper(mongo.template(), "b", TAKEOVER, timeB::get);
    }

    @AfterEach
    void close() {
        mongo.close();
    }

    /** The first instance takes the lease; the second stays on standby and knows who is active. */
    @Test
    void oneHoldsAndTheOtherWaits() {
        assertThat(a.beat(false)).isEqualTo(1);
        assertThat(b.beat(false)).isZero();
        assertThat(b.holder()).isEqualTo("a");
        assertThat(a.holder()).isEqualTo("a");
    }

    /** While the holder renews, a standby never takes over, however long it watches. */
    @Test
    void aRenewingHolderKeepsTheLease() {
        a.beat(false);
        for (int i = 0; i < 20; i++) {
            advance(timeA, BEAT);
            advance(timeB, BEAT);
            assertThat(a.beat(false)).isEqualTo(1);
            assertThat(b.beat(false)).isZero();
        }
    }

    /**
     * A holder that stops renewing (killed) loses the lease once a standby saw it stand still for the takeover time,
     * not before; the token grows.
     */
    @Test
    void aLapsedLeaseIsTakenOverAfterTheTakeoverTime() {
        a.beat(false);
        b.beat(false);
        advance(timeB, TAKEOVER.toNanos() - 1);
        assertThat(b.beat(false)).as("just before the takeover time").isZero();
        advance(timeB, 1);
        assertThat(b.beat(false)).isEqualTo(2);
        assertThat(b.holder()).isEqualTo("b");
    }

    /** A lease let go at a clean stop is taken at the standby's next beat. */
    @Test
    void aReleasedLeaseIsTakenAtOnce() {
        a.beat(false);
        b.beat(false);
        a.release();
        assertThat(a.token()).isZero();
        assertThat(b.beat(false)).isEqualTo(2);
    }

    /** An instance restarted under the holder's name takes the lease back without waiting for it to lapse. */
    @Test
    void theHolderRestartedTakesItBackAtOnce() {
        a.beat(false);
        LeaseKeeper restarted = new LeaseKeeper(mongo.template(), "a", TAKEOVER, timeA::get);
        assertThat(restarted.beat(false)).isEqualTo(2);
    }

    /**
     * A holder paused (a long GC, a frozen VM) past the takeover wakes up believing it is active: its run of a
     * scheduled job is refused by the newer token, and its next renewal finds the lease gone and steps down.
     */
    @Test
    void aPausedOldHolderIsFencedOff() {
        a.beat(false);
        assertThat(a.claimRun()).isTrue();
        b.beat(false);
        advance(timeB, TAKEOVER.toNanos());
        assertThat(b.beat(false)).isEqualTo(2);

        assertThat(a.token()).as("still believes it holds the lease").isEqualTo(1);
        assertThat(a.claimRun()).as("a job run").isFalse();
        assertThat(b.claimRun()).isTrue();

        assertThat(a.beat(false)).as("its renewal finds the lease taken").isZero();
        assertThat(a.holder()).isEqualTo("b");
        assertThat(a.claimRun()).isFalse();
    }

    /**
     * A holder that cannot reach the database steps down by itself before any standby may take over (one beat short
     * of the takeover time), so that two never work at once.
     */
    @Test
    void aHolderCutOffFromTheDatabaseStepsDownFirst() {
        a.beat(false);
        mongo.goAway();
        advance(timeA, TAKEOVER.toNanos() - BEAT - 1);
        assertThatThrownBy(() -> a.beat(false)).isInstanceOf(DataAccessException.class);
        assertThat(a.token()).as("still within its time").isEqualTo(1);
        advance(timeA, 1);
        assertThatThrownBy(() -> a.beat(false)).isInstanceOf(DataAccessException.class);
        assertThat(a.token()).isZero();
    }

    private static void advance(AtomicLong time, long nanos) {
        time.addAndGet(nanos);
    }
}
