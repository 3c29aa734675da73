package org.lighthouse.channel.web;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.lighthouse.channel.ChatRef;
import org.lighthouse.channel.outbox.Delivery;
import org.lighthouse.channel.outbox.OutboxMessage;
import org.lighthouse.channel.outbox.Transport;
import org.springframework.dao.DataAccessException;

/** Delivers outbox messages to web chats by writing them to the transcript the page reads. */
class WebTransport implements Transport {

    private final WebTranscript transcript;

    WebTransport(WebTranscript transcript) {
        this.transcript = transcript;
    }

    @Override
    public ChatRef.Channel channel() {
        return ChatRef.Channel.WEB;
    }

    @Override
    public CompletableFuture<Delivery> deliver(OutboxMessage message) {
        try {
            long number = transcript.write(message.chat().id(), message.reply());
            return CompletableFuture.completedFuture(new Delivery.Sent(Long.toString(number)));
        } catch (DataAccessException e) {
            return CompletableFuture.completedFuture(new Delivery.Transient(e.toString()));
        } catch (NumberFormatException e) {
            return CompletableFuture.completedFuture(new Delivery.Rejected(e.toString()));
        }
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
}
