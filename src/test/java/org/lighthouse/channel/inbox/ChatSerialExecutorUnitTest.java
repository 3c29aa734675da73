package org.lighthouse.channel.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** One chat's events are handled one after another, in order; different chats at the same time. */
class ChatSerialExecutorUnitTest {

    /** A thousand events of one chat, submitted at once, run in the order given and never two at a time. */
    @Test
    void oneChatRunsInOrder() throws InterruptedException {
        ChatSerialExecutor executor = new ChatSerialExecutor(8);
        List<Integer> seen = new CopyOnWriteArrayList<>();
        int[] running = {0};
        boolean[] overlap = {false};
        IntStream.range(0, 1000).forEach(i -> executor.submit("tg:1", () -> {
            synchronized (running) {
                overlap[0] |= ++running[0] > 1;
            }
            seen.add(i);
            synchronized (running) {
                running[0]--;
            }
        }));
        await().atMost(Duration.ofSeconds(10)).until(() -> seen.size() == 1000);
        assertThat(seen).isEqualTo(IntStream.range(0, 1000).boxed().toList());
        assertThat(overlap[0]).isFalse();
        executor.shutdown(5);
    }

    /** A slow chat does not hold up another chat. */
    @Test
    void chatsRunInParallel() throws InterruptedException {
        ChatSerialExecutor executor = new ChatSerialExecutor(4);
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch otherDone = new CountDownLatch(1);
        executor.submit("tg:1", () -> {
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        executor.submit("tg:2", otherDone::countDown);
        assertThat(otherDone.await(5, TimeUnit.SECONDS)).isTrue();
        release.countDown();
        executor.shutdown(5);
    }

    /** A task that fails does not stop the chat's next tasks. */
    @Test
    void failureDoesNotBlockTheChat() throws InterruptedException {
        ChatSerialExecutor executor = new ChatSerialExecutor(2);
        CountDownLatch next = new CountDownLatch(1);
        executor.submit("tg:1", () -> {
            throw new IllegalStateException("boom");
        });
        executor.submit("tg:1", next::countDown);
        assertThat(next.await(5, TimeUnit.SECONDS)).isTrue();
        await().atMost(Duration.ofSeconds(5)).until(() -> executor.pending() == 0);
        executor.shutdown(5);
    }
}
