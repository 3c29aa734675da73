package org.lighthouse.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class GroupCommitUnitTest {

    /** Every write is on file when its writer goes on, and concurrent writers share commits. */
    @Test
    void acknowledgesOnlyCommittedWritesAndSharesCommits() throws Exception {
        AtomicLong applied = new AtomicLong();
        AtomicLong onFile = new AtomicLong();
        AtomicInteger commits = new AtomicInteger();
        GroupCommit group = new GroupCommit(() -> {
            long snapshot = applied.get();
            commits.incrementAndGet();
            pause();
            onFile.accumulateAndGet(snapshot, Math::max);
        });
        ConcurrentLinkedQueue<String> broken = new ConcurrentLinkedQueue<>();
        int writers = 16;
        int writesEach = 50;
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            Thread thread = new Thread(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    return;
                }
                for (int i = 0; i < writesEach; i++) {
                    long mine = applied.incrementAndGet();
                    group.awaitCommitted();
                    if (onFile.get() < mine) {
                        broken.add("write " + mine + " acknowledged with " + onFile.get() + " on file");
                    }
                }
            });
            thread.start();
            threads.add(thread);
        }
        start.countDown();
        for (Thread thread : threads) {
            thread.join();
        }
        assertThat(broken).isEmpty();
        assertThat(onFile.get()).isEqualTo(writers * writesEach);
        assertThat(commits.get()).isLessThan(writers * writesEach);
    }

    /** A failed commit fails its writer, and the next writer commits again. */
    @Test
    void failedCommitIsNotCountedAsDone() {
        AtomicInteger calls = new AtomicInteger();
        GroupCommit group = new GroupCommit(() -> {
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("disk full");
            }
        });
        org.assertj.core.api.Assertions.assertThatThrownBy(group::awaitCommitted).hasMessage("disk full");
        group.awaitCommitted();
        assertThat(calls.get()).isEqualTo(2);
    }

    private static void pause() {
        try {
            Thread.sleep(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
