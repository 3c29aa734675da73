package org.lighthouse.channel.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.lighthouse.channel.ChatRef;
import org.lighthouse.channel.Reply;

class DispatcherStopUnitTest {

    /** A message the channel took while stopping is recorded as sent before stop returns (else it goes again). */
    @Test
    void stopWaitsUntilTheAnswerIsRecorded() throws Exception {
        CompletableFuture<Delivery> answer = new CompletableFuture<>();
        CountDownLatch handedOver = new CountDownLatch(1);
        Transport transport = new Transport() {
            @Override
            public ChatRef.Channel channel() {
                return ChatRef.Channel.TELEGRAM;
            }

            @Override
            public CompletableFuture<Delivery> deliver(OutboxMessage message) {
                handedOver.countDown();
                return answer;
            }

            @Override
            public int maxTextLength() {
                return 4096;
            }

            @Override
            public Duration chatInterval(ChatRef chat) {
                return Duration.ZERO;
            }

            @Override
            public double perSecond() {
                return 0;
            }
        };
        AtomicBoolean recorded = new AtomicBoolean();
        OutboxStore store = mock(OutboxStore.class);
        doAnswer(call -> {
            Thread.sleep(300);
            recorded.set(true);
            return null;
        }).when(store).markSent(any(), any());
        when(store.claim(any(), anyLong())).thenReturn(true);
        Dispatcher dispatcher = new Dispatcher(transport, store, 4, () -> 1);
        dispatcher.start();
        dispatcher.offer(OutboxMessage.pending("k#0", ChatRef.telegram(42), 1, Reply.text("hello"), Instant.now(),
                Precedence.REPLY, 1));
        assertThat(handedOver.await(5, TimeUnit.SECONDS)).isTrue();

        new Thread(() -> answer.complete(new Delivery.Sent("7"))).start();
        dispatcher.stop(Duration.ofSeconds(5));

        assertThat(recorded).isTrue();
    }
}
