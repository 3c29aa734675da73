package org.lighthouse.channel.outbox;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.lighthouse.channel.ChatRef;
import org.lighthouse.channel.Outbox;
import org.lighthouse.channel.Reply;
import org.lighthouse.channel.polling.Loop;
import org.lighthouse.lease.Lease;
import org.lighthouse.lease.LeaseChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The outbox on MongoDB, with one {@link Dispatcher} per channel that is on. Every instance accepts messages; only the
 * active one ({@link Lease}) sends them: its own at once, and those a standby accepted once it finds them (it looks
 * every {@link OutboxSettings#lookEvery()}). When it takes the lease over it takes every message not sent yet.
 */
@Component
class MongoOutbox implements Outbox, SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(MongoOutbox.class);

    private final OutboxStore store;
    private final OutboxSettings settings;
    private final Clock clock;
    private final Map<ChatRef.Channel, Transport> transports = new EnumMap<>(ChatRef.Channel.class);
    private final Map<ChatRef.Channel, Dispatcher> dispatchers = new EnumMap<>(ChatRef.Channel.class);
    private final AtomicLong seq;
    private final Lease lease;
    private final Loop standbyMessages = new Loop("outbox-standby-messages");
    private final Object catchingUp = new Object();
    /** The lease token under which this instance took every message not sent yet (0: none yet). */
    private volatile long caughtUpWith;
    private volatile boolean running;

    MongoOutbox(OutboxStore store, OutboxSettings settings, List<Transport> transports, Clock clock, Lease lease) {
        this.store = store;
        this.settings = settings;
        this.clock = clock;
        this.lease = lease;
        transports.forEach(t -> {
            this.transports.put(t.channel(), t);
            this.dispatchers.put(t.channel(), new Dispatcher(t, store, settings.maxInFlight(), lease::token));
        });
        this.seq = new AtomicLong(Math.max(store.lastSeq(), clock.millis() * 1000));
    }

    @Override
    public void send(ChatRef chat, String key, List<Reply> replies) {
        accept(chat, key, replies, Precedence.REPLY);
    }

    @Override
    public void sendUrgent(ChatRef chat, String key, List<Reply> replies) {
        accept(chat, key, replies, Precedence.URGENT);
    }

    @Override
    public void sendInBulk(ChatRef chat, String key, List<Reply> replies) {
        accept(chat, key, replies, Precedence.BULK);
    }

    private void accept(ChatRef chat, String key, List<Reply> replies, Precedence precedence) {
        catchUp();
        List<Reply> parts = split(chat, replies);
        for (int i = 0; i < parts.size(); i++) {
            OutboxMessage message = OutboxMessage.pending(key + "#" + i, chat, seq.incrementAndGet(), parts.get(i),
                    clock.instant(), precedence, lease.token());
            if (store.add(message) && message.waiting() == null) {
                offer(message);
            }
        }
    }

    @Override
    public int urgentWaiting(ChatRef chat) {
        Dispatcher dispatcher = dispatchers.get(chat.channel());
        return dispatcher == null ? 0 : dispatcher.urgentWaiting(chat);
    }

    @Override
    public Progress progress(String keyPrefix) {
        return new Progress(store.count(keyPrefix, OutboxMessage.Status.SENT),
                store.count(keyPrefix, OutboxMessage.Status.DROPPED),
                store.count(keyPrefix, OutboxMessage.Status.PENDING));
    }

    @Override
    public boolean serves(ChatRef.Channel channel) {
        return transports.containsKey(channel);
    }

    /** Messages accepted and not yet taken by their channel, in this run. */
    int backlog() {
        return dispatchers.values().stream().mapToInt(Dispatcher::backlog).sum();
    }

    @Override
    public void start() {
        catchUp();
        dispatchers.values().forEach(Dispatcher::start);
        standbyMessages.start(this::lookForStandbyMessages);
        running = true;
    }

    /** Taking the lease over, this instance sends what is waiting; going to standby, it lets the active one send. */
    @EventListener
    void on(LeaseChanged change) {
        if (!running) {
            return;
        }
        if (change.active()) {
            catchUp();
        } else {
            dispatchers.values().forEach(Dispatcher::forgetWaiting);
        }
    }

    @Override
    public void stop() {
        running = false;
        standbyMessages.stop(() -> { });
        for (Dispatcher dispatcher : dispatchers.values()) {
            try {
                dispatcher.stop(Duration.ofSeconds(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Starts before anything sends and stops after the inbox stopped. */
    @Override
    public int getPhase() {
        return -100;
    }

    /**
     * The first time under a lease token (at start, or having just taken the lease over), takes every message not sent
     * yet, whoever accepted it, before any message of its own, and numbers its own after them: a chat's earlier
     * messages go first.
     */
    private void catchUp() {
        long token = lease.token();
        if (token == 0 || token == caughtUpWith) {
            return;
        }
        synchronized (catchingUp) {
            if (token != caughtUpWith) {
                List<OutboxMessage> pending = store.takePending(token);
                pending.forEach(message -> seq.accumulateAndGet(message.seq(), Math::max));
                pending.forEach(this::offer);
                if (!pending.isEmpty()) {
                    log.info("Outbox: sending {} messages accepted and not sent yet (active under token {})",
                            pending.size(), token);
                }
                caughtUpWith = token;
            }
        }
    }

    private void lookForStandbyMessages() {
        while (standbyMessages.running()) {
            if (lease.active()) {
                try {
                    catchUp();
                    store.acceptedByStandby().forEach(this::offer);
                } catch (DataAccessException e) {
                    log.debug("Outbox: could not look for messages a standby accepted: {}", e.toString());
                }
            }
            standbyMessages.pause(settings.lookEvery());
        }
    }

    private void offer(OutboxMessage message) {
        Dispatcher dispatcher = dispatchers.get(message.chat().channel());
        if (dispatcher != null) {
            dispatcher.offer(message);
        }
    }

    @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT1M")
    void deleteOldMessages() {
        long deleted = store.deleteSettledBefore(clock.instant().minus(settings.keepSent()));
        if (deleted > 0) {
            log.debug("Outbox: deleted {} messages sent before {}", deleted, settings.keepSent());
        }
    }

    private List<Reply> split(ChatRef chat, List<Reply> replies) {
        Transport transport = transports.get(chat.channel());
        List<Reply> parts = new ArrayList<>();
        for (Reply reply : replies) {
            int max = transport == null ? Integer.MAX_VALUE : transport.maxTextLength(reply);
            if (reply.text().length() <= max) {
                parts.add(reply);
                continue;
            }
            List<String> texts = TextSplitter.split(reply.text(), max);
            for (int i = 0; i < texts.size(); i++) {
                boolean last = i == texts.size() - 1;
                parts.add(new Reply(texts.get(i), last ? reply.buttons() : List.of(), i == 0 ? reply.editOf() : null,
                        last ? reply.document() : null, null, reply.human()));
            }
        }
        return parts;
    }
}
