package org.lighthouse.channel.zalo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.lighthouse.channel.ChatRef;
import org.lighthouse.channel.Reply;
import org.lighthouse.channel.choices.NumberedChoices;
import org.lighthouse.channel.outbox.Delivery;
import org.lighthouse.channel.outbox.OutboxMessage;
import org.lighthouse.channel.outbox.Transport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;

/**
 * Delivers outbox messages to Zalo. Zalo has no buttons and no edits: a reply's buttons are written under its text as
 * numbered choices ({@link NumberedChoices}), and a reply meant to change a message in place is sent as a new one. A
 * lesson's picture goes as a photo from this service's public address when {@code ZALO_PUBLIC_BASE_URL} is set, and is
 * left out otherwise; files (a CSV, a QR code to print) are left out, their text sent. A message of another chat
 * cannot be passed on.
 *
 * <p>Zalo publishes no sending limits: this sends at most {@code lighthouse.zalo.per-second} (20) a second overall
 * and one a {@code lighthouse.zalo.chat-interval} (1 s) to a chat, and when Zalo says "too many requests", sends
 * nothing to anyone for the time it says, or for {@code lighthouse.zalo.too-many-wait} (5 s), doubled while it goes on.
 * Answers: a refused or unknown recipient (403, or 400/404 naming the chat or user) makes the chat unreachable, as
 * Telegram's 403 does; other 4xx refuse the message for good; 401, 408, 5xx and network failures are tried again.
 */
class ZaloTransport implements Transport {

    static final int MAX_TEXT = 2000;
    private static final Duration LONGEST_PAUSE = Duration.ofMinutes(1);
    private static final Logger log = LoggerFactory.getLogger(ZaloTransport.class);

    private final ZaloApi api;
    private final ZaloSettings settings;
    private final NumberedChoices choices;
    private final ZaloPictures pictures;
    /** Until when (System.nanoTime) nothing is sent, after Zalo said "too many"; 0 for no pause. */
    private final AtomicLong pausedUntil = new AtomicLong();
    private final AtomicInteger tooManyInARow = new AtomicInteger();

    ZaloTransport(ZaloApi api, ZaloSettings settings, NumberedChoices choices, ZaloPictures pictures) {
        this.api = api;
        this.settings = settings;
        this.choices = choices;
        this.pictures = pictures;
    }

    @Override
    public ChatRef.Channel channel() {
        return ChatRef.Channel.ZALO;
    }

    @Override
    public int maxTextLength() {
        return MAX_TEXT;
    }

    /** Room for the choices written under the text; a text is never cut to less than a quarter of a message. */
    @Override
    public int maxTextLength(Reply reply) {
        return Math.max(MAX_TEXT / 4, MAX_TEXT - NumberedChoices.room(reply));
    }

    @Override
    public Duration chatInterval(ChatRef chat) {
        return settings.chatInterval();
    }

    @Override
    public double perSecond() {
        return settings.perSecond();
    }

    @Override
    public CompletableFuture<Delivery> deliver(OutboxMessage message) {
        Reply reply = message.reply();
        if (reply.copy() != null) {
            return done(new Delivery.Rejected("Zalo cannot pass on a message of another chat (" + reply.copy().from()
                    .channel() + ")"));
        }
        if (reply.audio() != null) {
            return done(new Delivery.Rejected("Zalo's bots cannot send audio"));
        }
        long paused = pausedUntil.get() - System.nanoTime();
        if (paused > 0) {
            return done(new Delivery.RetryAfter(Duration.ofNanos(paused)));
        }
        String chatId = message.chat().id();
        ObjectNode fields;
        String method;
        try {
            String text = choices.write(message.chat(), message.id(), reply);
            Optional<String> photo = reply.document() != null && reply.document().picture()
                    ? pictures.publish(reply.document()) : Optional.empty();
            if (photo.isPresent()) {
                method = "sendPhoto";
                fields = api.fields().put("chat_id", chatId).put("photo", photo.get());
                if (!text.isBlank()) {
                    fields.put("caption", text);
                }
            } else if (text.isBlank()) {
                // a picture or file left out with no text to go with it: nothing to send
                return done(new Delivery.Sent(""));
            } else {
                method = "sendMessage";
                fields = api.fields().put("chat_id", chatId).put("text", text);
            }
        } catch (DataAccessException e) {
            return done(new Delivery.Transient("choices or picture not stored: " + e.getClass().getSimpleName()));
        } catch (RuntimeException e) {
            // the outbox must get an answer for every message, or the chat's queue would wait for ever
            log.error("Zalo: could not prepare message {}", message.id(), e);
            return done(new Delivery.Transient("not prepared: " + e.getClass().getSimpleName()));
        }
        return api.send(method, fields).thenApply(this::delivery);
    }

    private Delivery delivery(ZaloAnswer answer) {
        if (answer instanceof ZaloAnswer.Result result) {
            tooManyInARow.set(0);
            return new Delivery.Sent(result.value().path("message_id").asText(""));
        }
        if (answer instanceof ZaloAnswer.Failed failed) {
            return new Delivery.Transient(failed.kind());
        }
        ZaloAnswer.Refused refused = (ZaloAnswer.Refused) answer;
        String reason = refused.code() + " " + refused.description();
        if (refused.tooMany()) {
            return new Delivery.RetryAfter(pause(refused));
        }
        if (refused.recipientGone()) {
            return new Delivery.Unreachable(reason);
        }
        if (refused.tokenRefused() || refused.quietPoll() || refused.code() >= 500) {
            return new Delivery.Transient(reason);
        }
        return new Delivery.Rejected(reason);
    }

    /** Stops all sending for as long as Zalo says, or for the "too many" wait, doubled for each time in a row. */
    private Duration pause(ZaloAnswer.Refused refused) {
        int times = tooManyInARow.incrementAndGet();
        Duration wait = refused.retryAfter() != null ? refused.retryAfter()
                : settings.tooManyWait().multipliedBy(1L << Math.min(times - 1, 10));
        if (wait.compareTo(LONGEST_PAUSE) > 0) {
            wait = LONGEST_PAUSE;
        }
        long until = System.nanoTime() + wait.toNanos();
        pausedUntil.accumulateAndGet(until, Math::max);
        log.warn("Zalo: too many requests ({}); sending nothing for {}", refused.description(), wait);
        return wait;
    }

    private static CompletableFuture<Delivery> done(Delivery delivery) {
        return CompletableFuture.completedFuture(delivery);
    }
}
