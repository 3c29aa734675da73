package org.lighthouse.database;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Commits many concurrent writes with one commit, and lets each writer go on only once a commit that began after its
 * write was applied has finished: an acknowledged write is always on file, and concurrent writers share the cost.
 *
 * <p>A writer that finds no commit running becomes the leader: it notes how many writes were applied so far, commits,
 * and then counts all those writes as committed. Writers whose write was applied while a commit ran wait for the next
 * one, which one of them leads.
 */
final class GroupCommit {

    private final Runnable commit;
    private final AtomicLong applied = new AtomicLong();
    private long committed;
    private boolean committing;

    GroupCommit(Runnable commit) {
        this.commit = commit;
    }

    /** Called by a writer after its write was applied; returns once that write is committed. */
    void awaitCommitted() {
        long mine = applied.incrementAndGet();
        while (true) {
            long upTo;
            synchronized (this) {
                while (committing && committed < mine) {
                    waitForCommit();
                }
                if (committed >= mine) {
                    return;
                }
                committing = true;
                upTo = applied.get();
            }
            boolean done = false;
            try {
                commit.run();
                done = true;
            } finally {
                synchronized (this) {
                    committing = false;
                    if (done) {
                        committed = Math.max(committed, upTo);
                    }
                    notifyAll();
                }
            }
        }
    }

    private void waitForCommit() {
        try {
            wait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a commit", e);
        }
    }
}
