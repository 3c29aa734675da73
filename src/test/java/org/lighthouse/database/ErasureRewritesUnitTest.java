package org.lighthouse.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** When the journal is rewritten after erasures: the test runs the scheduled rewrites itself and counts them. */
class ErasureRewritesUnitTest {

    private static final Duration DELAY = Duration.ofSeconds(10);

    private final List<Duration> delays = new ArrayList<>();
    private final List<Runnable> scheduled = new ArrayList<>();
    private final AtomicInteger rewrites = new AtomicInteger();

    /** A hundred erasures in a row are one rewrite, scheduled once, the delay after the first. */
    @Test
    void erasuresInARowShareOneRewrite() {
        ErasureRewrites erasures = new ErasureRewrites(DELAY, this::later, rewrites::incrementAndGet);
        for (int i = 0; i < 100; i++) {
            erasures.erased();
        }
        assertThat(delays).containsExactly(DELAY);
        runScheduled();
        assertThat(rewrites).hasValue(1);

        erasures.erased();
        erasures.erased();
        runScheduled();
        assertThat(rewrites).hasValue(2);
        assertThat(delays).containsExactly(DELAY, DELAY);
    }

    /** An erasure during a rewrite may be too late for its snapshot: it gets a rewrite of its own. */
    @Test
    void anErasureDuringARewriteGetsAnother() {
        ErasureRewrites[] erasures = new ErasureRewrites[1];
        erasures[0] = new ErasureRewrites(DELAY, this::later, () -> {
            if (rewrites.incrementAndGet() == 1) {
                erasures[0].erased();
            }
        });
        erasures[0].erased();
        runScheduled();
        runScheduled();
        assertThat(rewrites).hasValue(2);
        assertThat(scheduled).isEmpty();
    }

    /** A rewrite that fails is tried again until one succeeds; meanwhile the erased data is known to be on file. */
    @Test
    void aFailedRewriteIsTriedAgain() {
        AtomicInteger failures = new AtomicInteger(2);
        ErasureRewrites erasures = new ErasureRewrites(DELAY, this::later, () -> {
            rewrites.incrementAndGet();
            if (failures.getAndDecrement() > 0) {
                throw new IllegalStateException("disk full");
            }
        });
        erasures.erased();
        runScheduled();
        assertThat(erasures.failing()).isTrue();
        erasures.erased();
        runScheduled();
        assertThat(erasures.failing()).isTrue();
        runScheduled();
        assertThat(erasures.failing()).isFalse();
        assertThat(rewrites).hasValue(3);
        assertThat(delays).containsExactly(DELAY, ErasureRewrites.RETRY, ErasureRewrites.RETRY);
        assertThat(scheduled).isEmpty();
    }

    /** At shutdown, a rewrite still waiting runs at once; none runs when none is due. */
    @Test
    void finishRunsARewriteThatIsDue() {
        ErasureRewrites erasures = new ErasureRewrites(DELAY, this::later, rewrites::incrementAndGet);
        erasures.finish();
        assertThat(rewrites).hasValue(0);
        erasures.erased();
        erasures.finish();
        assertThat(rewrites).hasValue(1);
    }

    private void later(Runnable task, Duration after) {
        delays.add(after);
        scheduled.add(task);
    }

    private void runScheduled() {
        assertThat(scheduled).hasSize(1);
        scheduled.remove(0).run();
    }
}
