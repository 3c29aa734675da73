package org.lighthouse.channel.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lighthouse.channel.ChatRef;
import org.lighthouse.channel.Inbound;
import org.lighthouse.lease.Lease;
import org.lighthouse.testing.MemoryMongo;
import org.springframework.context.ApplicationEventPublisher;

/**
 * The inbox of an instance that holds the lease, through the real driver: what the instance before it stored and did
 * not handle, and what a standby stored, is handled in arrival order with its own events, never after a later one of
 * the same chat (which would make the conversation take the earlier one for handled).
 */
class InboxTakeoverUnitTest {

    private static final ChatRef CHAT = ChatRef.telegram(42);

    private final MemoryMongo mongo = new MemoryMongo();
    private final Lease lease = mock(Lease.class);
    private final List<String> handled = new CopyOnWriteArrayList<>();
    private Inbox inbox;

    @BeforeEach
    void database() {
        inbox = new Inbox(mongo.template(), event -> handled.add(event.text()), new InboxSettings(2, null, null, null, null,
                Duration.ofHours(1)), Clock.systemUTC(), mock(ApplicationEventPublisher.class), lease);
    }

    @AfterEach
    void close() {
        inbox.stop();
        mongo.close();
    }

    /**
     * The instance that was active stored "first" and died before handling it; this one takes the lease over, and
     * "second" of the same chat reaches it before it got round to the events left: "first" still goes first.
     */
    @Test
    void eventsLeftByTheOldHolderGoBeforeTheNewOnes() {
        mongo.template().insert(InboxEntry.of(event("tg:u1", "first").numbered(1), Instant.now(), false));
        mongo.template().insert(new java.util.HashMap<>(java.util.Map.of("_id", "arrival", "last", 1L)), "inbox_numbers");
        becomes(true, 2);

        inbox.accept(List.of(event("tg:u2", "second")));

        await().atMost(Duration.ofSeconds(5)).until(() -> handled.size() == 2);
        assertThat(handled).containsExactly("first", "second");
    }

    /** A standby stores without handling; the active one handles what it stored, in order with its own. */
    @Test
    void aStandbyStoresAndTheActiveHandles() {
        becomes(false, 0);
        inbox.start();
        inbox.accept(List.of(event("tg:u1", "to the standby")));
        assertThat(handled).isEmpty();

        becomes(true, 3);
        inbox.accept(List.of(event("tg:u2", "to the active one")));
        await().atMost(Duration.ofSeconds(5)).until(() -> handled.size() == 2);
        assertThat(handled).containsExactly("to the standby", "to the active one");
    }

    private void becomes(boolean active, long token) {
        when(lease.active()).thenReturn(active);
        when(lease.token()).thenReturn(token);
    }

    private static Inbound event(String key, String text) {
        return Inbound.of(CHAT, key, "42", false, Inbound.Kind.TEXT, text, null, null, null);
    }
}
