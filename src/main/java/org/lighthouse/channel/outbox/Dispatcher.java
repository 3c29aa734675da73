package org.lighthouse.channel.outbox;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.lighthouse.channel.ChatRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;

/**
 * Sends one channel's outbox messages: in order per chat (urgent ones first), one at a time per chat, no faster than
 * the channel allows per chat and overall, waiting as told on "too many requests" and backing off on failures that may pass.
 * Among chats, one with an urgent message goes before the others, and one with a reply before those that wait only for
 * a broadcast ({@link ReadyLanes}).
 * Each message is claimed under the lease token just before it goes, so that an instance that lost the lease without
 * knowing yet does not send what the active one sends.
 */
class Dispatcher {

    private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);
    private static final Duration MAX_BACKOFF = Duration.ofMinutes(5);
    private static final int CLAIMING_THREADS = 8;

    private final Transport transport;
    private final OutboxStore store;
    private final LongSupplier token;
    /** Claims run side by side, so that the embedded store commits them together. */
    private final ExecutorService claims;
    private final Map<String, Lane> lanes = new ConcurrentHashMap<>();
    /** Ids of the messages in the lanes: one offered again (found again by the active instance) is not doubled. */
    private final Set<String> offered = ConcurrentHashMap.newKeySet();
    private final ReadyLanes ready = new ReadyLanes();
    private final Semaphore inFlight;
    private final int maxInFlight;
    /**
     * Messages taken and not yet handed to the channel, at most one per claiming thread: a message taken next (an
     * alert) then goes after those few. Without it, on a busy machine the loop took dozens ahead of slow claims.
     */
    private final Semaphore handing;
    /** Paces the messages taken for sending. */
    private final Pace taking;
    /**
     * Paces the messages handed to the channel, after their claims: claims take unequal times (a commit each), and
     * sends paced only when taken went out in bursts over the channel's rate.
     */
    private final Pace sending;
    private volatile boolean running;
    private Thread loop;

    Dispatcher(Transport transport, OutboxStore store, int maxInFlight, LongSupplier token) {
        this.transport = transport;
        this.store = store;
        this.token = token;
        this.inFlight = new Semaphore(maxInFlight);
        this.maxInFlight = maxInFlight;
        this.taking = new Pace(transport.perSecond());
        this.sending = new Pace(transport.perSecond());
        CustomizableThreadFactory threads = new CustomizableThreadFactory("outbox-claim-"
                + transport.channel().prefix() + "-");
        threads.setDaemon(true);
        int claiming = Math.min(maxInFlight, CLAIMING_THREADS);
        this.claims = Executors.newFixedThreadPool(claiming, threads);
        this.handing = new Semaphore(claiming);
    }

    void offer(OutboxMessage message) {
        if (!offered.add(message.id())) {
            return;
        }
        while (true) {
            Lane lane = lanes.computeIfAbsent(message.chat().key(), key -> new Lane(message.chat()));
            synchronized (lane) {
                if (lane.retired) {
                    continue;
                }
                lane.queue.add(message);
                lane.reckon();
                if (lane.queued) {
                    ready.refile(lane);
                } else if (!lane.busy) {
                    enqueue(lane);
                }
                return;
            }
        }
    }

    void start() {
        running = true;
        loop = new Thread(this::run, "outbox-" + transport.channel().prefix());
        loop.setDaemon(true);
        loop.start();
    }

    /** Stops taking messages and waits for those handed to the channel to be answered. */
    void stop(Duration timeout) throws InterruptedException {
        running = false;
        if (loop != null) {
            loop.join(timeout.toMillis());
        }
        // every permit back means every message handed to the channel was answered and its answer recorded
        if (inFlight.tryAcquire(maxInFlight, timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            inFlight.release(maxInFlight);
        } else {
            log.warn("Stopped with messages still on their way to {}; they stay pending and go at the next start",
                    transport.channel());
        }
        claims.shutdown();
    }

    /** Lets go of the messages not taken by the channel yet: another instance sends them now. */
    void forgetWaiting() {
        lanes.values().forEach(lane -> {
            synchronized (lane) {
                lane.queue.forEach(message -> offered.remove(message.id()));
                lane.queue.clear();
            }
        });
    }

    /** Urgent messages accepted for the chat and not yet taken by the channel (the one on its way included). */
    int urgentWaiting(ChatRef chat) {
        Lane lane = lanes.get(chat.key());
        if (lane == null) {
            return 0;
        }
        synchronized (lane) {
            return (int) lane.queue.stream().filter(OutboxMessage::urgent).count();
        }
    }

    /** Messages accepted and not yet taken by the channel. */
    int backlog() {
        return lanes.values().stream().mapToInt(lane -> {
            synchronized (lane) {
                return lane.queue.size();
            }
        }).sum();
    }

    private void run() {
        while (running) {
            try {
                Lane lane = ready.poll(100, TimeUnit.MILLISECONDS);
                if (lane != null) {
                    sendNext(lane);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.error("The {} outbox loop hit an error and goes on", transport.channel(), e);
            }
        }
    }

    private void sendNext(Lane lane) throws InterruptedException {
        OutboxMessage message;
        synchronized (lane) {
            lane.queued = false;
            message = lane.queue.peek();
            if (message == null) {
                lanes.remove(lane.chat.key(), lane);
                lane.retired = true;
                return;
            }
            lane.busy = true;
        }
        taking.await();
        inFlight.acquire();
        handing.acquire();
        try {
            claims.execute(() -> claimAndDeliver(lane, message));
        } catch (RejectedExecutionException e) {
            handing.release();
            inFlight.release();
            requeue(lane, Duration.ofSeconds(1));
        }
    }

    /**
     * Claims the message, then hands it to the channel; off the loop's thread, since a claim is a write the database
     * makes durable before it answers, and one at a time they would cap the whole channel's pace.
     */
    private void claimAndDeliver(Lane lane, OutboxMessage message) {
        CompletableFuture<Delivery> answer = null;
        try {
            if (claimed(lane, message) && sendingSlot(lane)) {
                answer = transport.deliver(message);
            }
        } finally {
            handing.release();
        }
        if (answer == null) {
            inFlight.release();
            return;
        }
        answer.whenComplete((delivery, error) -> {
            Delivery outcome = error == null ? delivery : new Delivery.Transient(error.toString());
            try {
                settle(lane, message, outcome);
            } catch (RuntimeException e) {
                log.error("Could not record the delivery of {}: {}", message.id(), outcome, e);
                requeue(lane, Duration.ofSeconds(1));
            } finally {
                // only now: stop() waits for these permits, and a message sent must be recorded as sent before the
                // database closes, or it would be sent again at the next start
                inFlight.release();
            }
        });
    }

    /** Waits for the message's moment to go; an interruption puts it back in its lane. */
    private boolean sendingSlot(Lane lane) {
        try {
            sending.await();
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            requeue(lane, Duration.ZERO);
            return false;
        }
    }

    /** Claims the message; one sent, dropped or taken by a newer holder leaves the lane, and a failure waits. */
    private boolean claimed(Lane lane, OutboxMessage message) {
        try {
            if (store.claim(message, token.getAsLong())) {
                return true;
            }
            advance(lane, message, Duration.ZERO);
        } catch (RuntimeException e) {
            log.warn("Could not claim {} for sending ({}); trying again", message.id(), e.toString());
            requeue(lane, Duration.ofSeconds(1));
        }
        return false;
    }

    private void settle(Lane lane, OutboxMessage message, Delivery delivery) {
        if (delivery instanceof Delivery.Sent sent) {
            store.markSent(message, sent.channelMessageId());
            advance(lane, message, transport.chatInterval(lane.chat));
        } else if (delivery instanceof Delivery.RetryAfter retry) {
            log.info("{} asked to wait {} before sending to {}", transport.channel(), retry.delay(), lane.chat);
            store.countAttempt(message, "retry after " + retry.delay());
            requeue(lane, retry.delay());
        } else if (delivery instanceof Delivery.Transient failure) {
            int attempts = store.countAttempt(message, failure.reason());
            Duration backoff = backoff(attempts);
            log.warn("Sending {} failed ({}), attempt {}, trying again in {}", message.id(), failure.reason(), attempts,
                    backoff);
            requeue(lane, backoff);
        } else if (delivery instanceof Delivery.Unreachable unreachable) {
            log.info("{} cannot be reached ({}); dropping its pending messages", lane.chat, unreachable.reason());
            store.dropPending(lane.chat, unreachable.reason());
            List<OutboxMessage> dropped;
            synchronized (lane) {
                dropped = List.copyOf(lane.queue);
                lane.queue.clear();
            }
            dropped.forEach(m -> offered.remove(m.id()));
            dropped.forEach(m -> store.announceFailed(m, unreachable.reason(), true));
            store.announceUnreachable(lane.chat);
            requeue(lane, Duration.ZERO);
        } else if (delivery instanceof Delivery.Rejected rejected) {
            log.error("{} refused message {} for good: {}", transport.channel(), message.id(), rejected.reason());
            store.markDropped(message, rejected.reason());
            advance(lane, message, transport.chatInterval(lane.chat));
            store.announceFailed(message, rejected.reason(), false);
        }
    }

    private void advance(Lane lane, OutboxMessage done, Duration interval) {
        synchronized (lane) {
            lane.queue.remove(done);
        }
        offered.remove(done.id());
        requeue(lane, interval);
    }

    private void requeue(Lane lane, Duration wait) {
        synchronized (lane) {
            lane.busy = false;
            if (lane.queued) {
                return;
            }
            lane.readyAt = System.nanoTime() + wait.toNanos();
            enqueue(lane);
        }
    }

    private void enqueue(Lane lane) {
        lane.queued = true;
        lane.reckon();
        ready.add(lane);
    }

    private static Duration backoff(int attempts) {
        Duration wait = Duration.ofSeconds(1L << Math.min(attempts, 9));
        return wait.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait;
    }
}
