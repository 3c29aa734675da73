package org.lighthouse.channel.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lighthouse.channel.ChatRef;
import org.lighthouse.channel.Reply;

/**
 * Among chats, alerts go first and replies before a broadcast's messages, which still go at the full rate when
 * nothing else waits; within a chat the order stays.
 */
class DispatcherPrecedenceUnitTest {

    /** Messages the dispatcher may have handed to its claiming threads before a more pressing one came. */
    private static final int CLAIMING = 8;

    private static final Duration SOON = Duration.ofSeconds(20);

    private final AtomicLong seq = new AtomicLong();
    private Dispatcher dispatcher;
    private RecordingTransport channel;
    /** The messages whose claims started, in that order. */
    private final List<String> claims = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() throws InterruptedException {
        dispatcher.stop(Duration.ofSeconds(5));
    }

    /**
     * An alert and an answer accepted while 300 broadcast messages wait go next, the alert first: after at most the
     * broadcast message the loop holds already, waiting for its slot.
     */
    @Test
    void alertAndReplyDoNotWaitBehindABroadcast() {
        broadcastUnderWay();
        int alertOffered = offer(1000, "alert", Precedence.URGENT);
        int answerOffered = offer(1001, "answer", Precedence.REPLY);

        await().atMost(SOON).until(() -> channel.sent().containsAll(List.of("alert", "answer")));
        // the loop takes them first; messages already being claimed (side by side) may still go before them
        assertThat(channel.sent().indexOf("alert")).isLessThanOrEqualTo(alertOffered + 1 + CLAIMING);
        assertThat(channel.sent().indexOf("answer")).isLessThanOrEqualTo(answerOffered + 2 + CLAIMING);
        await().atMost(SOON).until(() -> channel.sent().size() == 302);
    }

    /** An answer to a person whose broadcast message waits goes early too, after that message (the chat's order). */
    @Test
    void anAnswerLiftsItsChatsBroadcastMessageAlong() {
        broadcastUnderWay();
        int offered = offer(300, "answer", Precedence.REPLY);

        await().atMost(SOON).until(() -> channel.sent().contains("answer"));
        // messages of other chats being claimed at that moment may go before each (claims run side by side); the
        // answer is taken once the channel took its chat's message before it
        int broadcastMessage = channel.sent().indexOf("bc300");
        assertThat(broadcastMessage).isLessThanOrEqualTo(offered + 1 + CLAIMING);
        assertThat(channel.sent().indexOf("answer")).isGreaterThan(broadcastMessage)
                .isLessThanOrEqualTo(broadcastMessage + 1 + CLAIMING);
    }

    /**
     * Claims slower than the channel's rate (a replica set's majority writes on a busy day) hold an alert behind no
     * more than the messages being claimed: the loop takes no more than the claiming threads can hold. Counted in the
     * order the claims start, which the loop decides; in the order sent, a claim the machine holds up lets others by.
     */
    @Test
    void slowClaimsHoldAnAlertBehindNoMoreThanTheClaimsUnderWay() {
        create(200, Duration.ZERO, Duration.ofMillis(60));
        broadcast(1, 300);
        dispatcher.start();
        // by then claims this slow are behind the channel's rate by more than the claiming threads hold
        await().atMost(SOON).until(() -> channel.sent().size() >= 60);
        offer(1000, "alert", Precedence.URGENT);
        int claimsStarted = claims.size();

        await().atMost(SOON).until(() -> claims.contains("alert"));
        assertThat(claims.indexOf("alert")).isLessThanOrEqualTo(claimsStarted + 1 + CLAIMING);
    }

    /** With nothing else waiting a broadcast goes at the channel's rate: not faster, and not held back. */
    @Test
    void aBroadcastAloneGoesAtTheSetRate() {
        start(100, Duration.ZERO);
        broadcast(1, 100);

        await().atMost(SOON).until(() -> channel.sent().size() == 100);
        Duration took = Duration.ofNanos(channel.times.get(99) - channel.times.get(0));
        // 99 slots of 10 ms after the first, less the first send's own lateness; a lane left to wait for the loop's
        // next look (100 ms) would take ten times as long; a busy machine (load 10 on 2 cores) was seen to double it
        assertThat(took).isGreaterThan(Duration.ofMillis(900)).isLessThan(Duration.ofMillis(5000));
    }

    /** Chats that wait for their interval leave the channel's other slots to the broadcast, which goes meanwhile. */
    @Test
    void aBroadcastGoesInTheSlotsThatAnswersLeave() {
        create(100, Duration.ofMillis(300));
        for (int chat = 2000; chat < 2010; chat++) {
            for (int i = 0; i < 4; i++) {
                offer(chat, "answer" + chat + "." + i, Precedence.REPLY);
            }
        }
        broadcast(1, 100);
        dispatcher.start();

        await().atMost(SOON).until(() -> channel.sent().size() == 140);
        assertThat(channel.sent().indexOf("bc1")).isLessThan(channel.sent().indexOf("answer2000.3"));
        assertThat(channel.sent().subList(0, 10)).allMatch(id -> id.endsWith(".0"));
    }

    /** Within a chat: urgent first, then in the order accepted, whatever kind, each after the chat's interval. */
    @Test
    void oneChatKeepsItsOrderAndInterval() {
        Duration interval = Duration.ofMillis(100);
        create(0, interval);
        offer(7, "first", Precedence.BULK);
        offer(7, "second", Precedence.REPLY);
        offer(7, "third", Precedence.BULK);
        offer(7, "alert", Precedence.URGENT);
        broadcast(1, 50);
        dispatcher.start();

        await().atMost(SOON).until(() -> channel.sent().size() == 54);
        assertThat(channel.sent()).filteredOn(id -> !id.startsWith("bc"))
                .containsExactly("alert", "first", "second", "third");
        List<String> order = List.of("alert", "first", "second", "third");
        for (int i = 1; i < order.size(); i++) {
            long gap = channel.timeOf(order.get(i)) - channel.timeOf(order.get(i - 1));
            assertThat(Duration.ofNanos(gap)).isGreaterThanOrEqualTo(interval);
        }
    }

    /** Starts a broadcast to chats 1 to 300 at 200 a second, and waits until a few went. */
    private void broadcastUnderWay() {
        start(200, Duration.ZERO);
        broadcast(1, 300);
        await().atMost(SOON).until(() -> channel.sent().size() >= 5);
    }

    private void start(double perSecond, Duration chatInterval) {
        create(perSecond, chatInterval);
        dispatcher.start();
    }

    private void create(double perSecond, Duration chatInterval) {
        create(perSecond, chatInterval, Duration.ZERO);
    }

    private void create(double perSecond, Duration chatInterval, Duration claimTakes) {
        channel = new RecordingTransport(perSecond, chatInterval);
        OutboxStore store = mock(OutboxStore.class);
        when(store.claim(any(), anyLong())).then(invocation -> {
            claims.add(invocation.<OutboxMessage>getArgument(0).id());
            Thread.sleep(claimTakes.toMillis());
            return true;
        });
        dispatcher = new Dispatcher(channel, store, 64, () -> 1);
    }

    private void broadcast(int firstChat, int lastChat) {
        for (int chat = firstChat; chat <= lastChat; chat++) {
            offer(chat, "bc" + chat, Precedence.BULK);
        }
    }

    /** Offers a message; returns how many had gone once it was in (so it goes at that index or later). */
    private int offer(long chat, String id, Precedence precedence) {
        dispatcher.offer(OutboxMessage.pending(id, ChatRef.telegram(chat), seq.incrementAndGet(), Reply.text(id),
                Instant.now(), precedence, 1));
        return channel.sent().size();
    }
}
