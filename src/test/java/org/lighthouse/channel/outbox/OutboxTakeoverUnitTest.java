package org.lighthouse.channel.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lighthouse.channel.ChatRef;
import org.lighthouse.channel.Reply;
import org.lighthouse.lease.Lease;
import org.lighthouse.testing.MemoryMongo;
import org.springframework.context.ApplicationEventPublisher;

/**
 * The outbox of an instance that just took the lease over, through the real driver: a chat's message the old holder
 * accepted and did not send goes before the new holder's own, whatever number each instance's counter had reached.
 */
class OutboxTakeoverUnitTest {

    private static final ChatRef CHAT = ChatRef.telegram(42);

    private final MemoryMongo mongo = new MemoryMongo();
    private final RecordingTransport channel = new RecordingTransport(0, Duration.ZERO);
    private MongoOutbox outbox;

    @AfterEach
    void close() {
        outbox.stop();
        mongo.close();
    }

    @Test
    void theOldHoldersMessageGoesFirst() {
        OutboxStore store = new OutboxStore(mongo.template(), mock(ApplicationEventPublisher.class),
                Clock.systemUTC());
        Lease lease = mock(Lease.class);
        when(lease.active()).thenReturn(true);
        when(lease.token()).thenReturn(2L);
        outbox = new MongoOutbox(store, new OutboxSettings(null, Duration.ZERO, null, null, null, null),
                List.of(channel), Clock.systemUTC(), lease);
        // the old holder's counter ran ahead of this instance's, which started earlier
        store.add(OutboxMessage.pending("tg:42#u7#0", CHAT, Long.MAX_VALUE / 2, Reply.text("answer to 7"),
                Instant.now(), Precedence.REPLY, 1));

        outbox.send(CHAT, "tg:42#u8", List.of(Reply.text("answer to 8")));
        outbox.start();

        await().atMost(Duration.ofSeconds(5)).until(() -> channel.sent().size() == 2);
        assertThat(channel.sent()).containsExactly("tg:42#u7#0", "tg:42#u8#0");
    }
}
