package org.lighthouse.channel.outbox;

import java.util.Comparator;
import java.util.PriorityQueue;
import org.jspecify.annotations.Nullable;
import org.lighthouse.channel.ChatRef;

/**
 * One chat's queue: urgent messages first, then in the order accepted. Guarded by its own lock, but for
 * {@link #filed}, which {@link ReadyLanes} guards; in {@link ReadyLanes} at most once.
 */
final class Lane {

    private static final Comparator<OutboxMessage> SENDING_ORDER = Comparator
            .comparing((OutboxMessage m) -> !m.urgent()).thenComparingLong(OutboxMessage::seq);

    final ChatRef chat;
    final PriorityQueue<OutboxMessage> queue = new PriorityQueue<>(SENDING_ORDER);
    /** When it may send next; set only while {@link ReadyLanes} does not hold it, which orders by it. */
    long readyAt = System.nanoTime();
    boolean busy;
    boolean queued;
    boolean retired;
    /** Of its most pressing message, as of the last change under the lane's lock. */
    volatile Precedence precedence = Precedence.URGENT;
    /** Under which precedence {@link ReadyLanes} holds it among the ready lanes; null when not among them. */
    @Nullable Precedence filed;

    Lane(ChatRef chat) {
        this.chat = chat;
    }

    /**
     * Notes its most pressing message: the next when urgent, else a reply anywhere in the queue, which lifts the
     * broadcast message before it along (the chat's order stays); an empty lane goes first, only to be retired.
     */
    void reckon() {
        OutboxMessage next = queue.peek();
        if (next == null || next.urgent()) {
            precedence = Precedence.URGENT;
        } else {
            precedence = queue.stream().allMatch(OutboxMessage::bulk) ? Precedence.BULK : Precedence.REPLY;
        }
    }
}
