package org.lighthouse.database;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rewrites the embedded database's journal soon after a person's data was erased: the modules delete the live data,
 * but the journal keeps the records that wrote it until it is rewritten as a snapshot. Erasures that come while a
 * rewrite waits share it, so a burst of erasures costs one rewrite, and the first of them waits no longer than the
 * delay. A rewrite that fails is tried again until one succeeds.
 */
final class ErasureRewrites {

    /** Between tries after a failed rewrite: each makes writes wait, and what made it fail (a full disk) lasts. */
    static final Duration RETRY = Duration.ofMinutes(1);
    private static final Logger log = LoggerFactory.getLogger(ErasureRewrites.class);

    /** Runs a task later: a scheduler, or a test that runs the tasks itself. */
    @FunctionalInterface
    interface Later {
        void run(Runnable task, Duration after);
    }

    private final Duration delay;
    private final Later later;
    private final Runnable rewrite;
    /** A rewrite is scheduled and has not begun: an erasure now is covered by it. */
    private boolean due;
    private volatile boolean failing;

    ErasureRewrites(Duration delay, Later later, Runnable rewrite) {
        this.delay = delay;
        this.later = later;
        this.rewrite = rewrite;
    }

    /** A person's data was erased. */
    void erased() {
        schedule(delay);
    }

    /** Whether erased data is still on file because the last try to rewrite the journal failed. */
    boolean failing() {
        return failing;
    }

    /** Runs a rewrite that is due now, for a shutdown that drops scheduled tasks. */
    void finish() {
        boolean wanted;
        synchronized (this) {
            wanted = due;
        }
        if (wanted) {
            run();
        }
    }

    private synchronized void schedule(Duration after) {
        if (!due) {
            due = true;
            later.run(this::run, after);
        }
    }

    /** Clears {@link #due} first: an erasure during the rewrite may have come too late for its snapshot. */
    private void run() {
        synchronized (this) {
            due = false;
        }
        try {
            rewrite.run();
            failing = false;
        } catch (RuntimeException e) {
            failing = true;
            log.error("Embedded database: cannot rewrite the journal after an erasure ({}); the erased data stays in "
                    + "it until a try succeeds, the next in {} s", e.getMessage(), RETRY.toSeconds());
            schedule(RETRY);
        }
    }
}
