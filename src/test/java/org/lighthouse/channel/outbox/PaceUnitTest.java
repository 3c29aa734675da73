package org.lighthouse.channel.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class PaceUnitTest {

    /**
     * Callers from many threads at once never run ahead of the rate: the n-th moment handed out comes no earlier than
     * n slots after the first. (Sends paced on one thread and then delivered from several went out in bursts.)
     */
    @Test
    void momentsAskedFromManyThreadsAtOnceNeverRunAheadOfTheRate() throws Exception {
        Pace pace = new Pace(50);
        long slotNanos = 20_000_000;
        List<Long> moments = Collections.synchronizedList(new ArrayList<>());
        long start = System.nanoTime();
        ExecutorService threads = Executors.newFixedThreadPool(6);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < 6; t++) {
            done.add(threads.submit(() -> {
                for (int i = 0; i < 10; i++) {
                    pace.await();
                    moments.add(System.nanoTime());
                }
                return null;
            }));
        }
        for (Future<?> each : done) {
            each.get();
        }
        threads.shutdown();
        List<Long> sorted = new ArrayList<>(moments);
        Collections.sort(sorted);
        assertThat(sorted).hasSize(60);
        for (int n = 0; n < sorted.size(); n++) {
            assertThat(sorted.get(n) - start).as("moment %d", n).isGreaterThanOrEqualTo(n * slotNanos - 1_000_000);
        }
    }

    @Test
    void aRateOfZeroSetsNoPace() throws InterruptedException {
        Pace pace = new Pace(0);
        for (int i = 0; i < 1000; i++) {
            pace.await();
        }
    }
}
