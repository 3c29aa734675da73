package org.lighthouse.channel.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lighthouse.channel.ChatRef;
import org.lighthouse.channel.Reply;
import org.lighthouse.testing.MemoryMongo;
import org.springframework.context.ApplicationEventPublisher;

/**
 * The outbox's part of the fencing between instances, through the real driver: a message is claimed under the lease
 * token before it goes, and an old holder that slept through a takeover cannot claim what the new one took.
 */
class OutboxFenceUnitTest {

    private final MemoryMongo mongo = new MemoryMongo();
    private OutboxStore store;

    @BeforeEach
    void database() {
        store = new OutboxStore(mongo.template(), mock(ApplicationEventPublisher.class),
                Clock.systemUTC());
    }

    @AfterEach
    void close() {
        mongo.close();
    }

    /** The new holder takes every pending message under its token; the old one's claim is refused, the new one's not. */
    @Test
    void aTakeoverFencesOffTheOldHolder() {
        OutboxMessage message = message("reply#0", 1);
        store.add(message);
        assertThat(store.takePending(2)).extracting(OutboxMessage::id).containsExactly("reply#0");
        assertThat(store.claim(message, 1)).as("the old holder, token 1").isFalse();
        assertThat(store.claim(message, 2)).isTrue();
    }

    /** A message sent is claimed by nobody again, whatever their token. */
    @Test
    void aSentMessageIsNotClaimedAgain() {
        OutboxMessage message = message("reply#0", 1);
        store.add(message);
        assertThat(store.claim(message, 1)).isTrue();
        store.markSent(message, "77");
        assertThat(store.claim(message, 1)).isFalse();
        assertThat(store.claim(message, 2)).isFalse();
    }

    /** What a standby accepted waits for the active instance, and stops waiting once sent. */
    @Test
    void aStandbysMessageWaitsForTheActiveOne() {
        OutboxMessage accepted = message("console#0", 0);
        store.add(accepted);
        store.add(message("own#0", 3));
        assertThat(store.acceptedByStandby()).extracting(OutboxMessage::id).containsExactly("console#0");
        assertThat(store.claim(accepted, 3)).isTrue();
        store.markSent(accepted, "78");
        assertThat(store.acceptedByStandby()).isEmpty();
    }

    private static OutboxMessage message(String id, long token) {
        return OutboxMessage.pending(id, ChatRef.telegram(42), 1, Reply.text("hello"), Instant.now(), Precedence.REPLY, token);
    }
}
