package org.lighthouse.channel.outbox;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.lighthouse.channel.ChatRef;

/** A channel that takes every message at once and notes which went when. */
final class RecordingTransport implements Transport {

    final List<String> ids = new CopyOnWriteArrayList<>();
    final List<Long> times = new CopyOnWriteArrayList<>();
    private final double perSecond;
    private final Duration chatInterval;

    RecordingTransport(double perSecond, Duration chatInterval) {
        this.perSecond = perSecond;
        this.chatInterval = chatInterval;
    }

    List<String> sent() {
        return ids;
    }

    long timeOf(String id) {
        return times.get(ids.indexOf(id));
    }

    @Override
    public synchronized CompletableFuture<Delivery> deliver(OutboxMessage message) {
        times.add(System.nanoTime());
        ids.add(message.id());
        return CompletableFuture.completedFuture(new Delivery.Sent(message.id()));
    }

    @Override
    public ChatRef.Channel channel() {
        return ChatRef.Channel.TELEGRAM;
    }

    @Override
    public int maxTextLength() {
        return 4096;
    }

    @Override
    public Duration chatInterval(ChatRef chat) {
        return chatInterval;
    }

    @Override
    public double perSecond() {
        return perSecond;
    }
}
