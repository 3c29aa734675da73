package org.lighthouse.channel.inbox;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;
import org.lighthouse.channel.ChatUnreachable;
import org.lighthouse.channel.Inbound;
import org.lighthouse.channel.InboundHandler;
import org.lighthouse.channel.InboundUnhandled;
import org.lighthouse.channel.polling.Loop;
import org.lighthouse.lease.Lease;
import org.lighthouse.lease.LeaseChanged;
import org.lighthouse.shared.Redaction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations.BulkMode;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Where every inbound event goes first. An event is stored before the channel confirms it (to Telegram, or to the web
 * page), numbered in the order it arrived, handled in that order per chat, and marked handled; events left after a
 * crash are handled at the next start. The channel's key for an event is remembered for days, so an event delivered
 * again is not handled again, whatever order the platform's ids come in.
 *
 * <p>Every instance stores the events it receives; only the active one ({@link Lease}) handles them. It handles its own
 * at once, and looks for those a standby stored (marked {@link InboxEntry#WAITING}) before each of its own and every
 * {@link InboxSettings#lookEvery()}; when it takes the lease over it takes every event not handled yet. An instance
 * that lost the lease hands the events it had not handled back to the active one.
 */
@Component
public class Inbox implements SmartLifecycle {

    /** Starts before the channels take events and stops after they stopped. */
    public static final int PHASE = 0;

    private static final Logger log = LoggerFactory.getLogger(Inbox.class);
    private static final int DUPLICATE_KEY = 11000;
    private static final int STRIPES = 64;

    private final MongoTemplate mongo;
    private final InboundHandler handler;
    private final InboxSettings settings;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final ArrivalNumbers numbers;
    private final ChatSerialExecutor executor;
    private final ReentrantLock[] stripes = new ReentrantLock[STRIPES];
    private final Lease lease;
    /** Keys of the events given to the executor and not handled (or handed back) yet: none is given twice. */
    private final Set<String> dispatched = ConcurrentHashMap.newKeySet();
    /** Held while events are given to the executor, so that a standby's events come in their order among ours. */
    private final Object dispatching = new Object();
    private final Loop standbyEvents = new Loop("inbox-standby-events");
    /** The lease token under which this instance took every event left (0: none yet); guarded by dispatching. */
    private long caughtUpWith;
    private volatile boolean running;

    Inbox(MongoTemplate mongo, InboundHandler handler, InboxSettings settings, Clock clock,
            ApplicationEventPublisher events, Lease lease) {
        this.mongo = mongo;
        this.lease = lease;
        this.handler = handler;
        this.settings = settings;
        this.clock = clock;
        this.events = events;
        this.numbers = new ArrivalNumbers(mongo);
        this.executor = new ChatSerialExecutor(settings.workers());
        for (int i = 0; i < STRIPES; i++) {
            stripes[i] = new ReentrantLock();
        }
    }

    /**
     * Stores the events and queues them for handling. Returns only once they are stored (retrying while the database
     * is unreachable), so the caller may then confirm them to the channel. Waits while too many events are queued.
     * Phone numbers in what people wrote are blanked before anything is stored.
     */
    public void accept(List<Inbound> events) {
        accept(events, null);
    }

    /**
     * As {@link #accept(List)}, but gives up once the database has refused for {@code patience}: for a channel that
     * must answer within its platform's timeout, and whose platform delivers again what was not confirmed.
     *
     * @throws DataAccessException when the events could not be stored in time; nothing of them is queued
     */
    public void accept(List<Inbound> events, @Nullable Duration patience) {
        if (events.isEmpty()) {
            return;
        }
        awaitRoom();
        List<Inbound> blanked = events.stream().map(Inbox::withoutPhones).toList();
        // numbering, storing and queueing under the chats' locks: two posts of one chat at once are numbered in the
        // order they are queued, which is the order they are handled
        List<ReentrantLock> held = locksOf(blanked);
        held.forEach(ReentrantLock::lock);
        try {
            boolean active = lease.active();
            List<Inbound> fresh = storeUntilStored(blanked, patience == null ? null : System.nanoTime()
                    + patience.toNanos(), !active);
            if (active) {
                synchronized (dispatching) {
                    takeWaiting();
                    fresh.forEach(this::dispatch);
                }
            }
        } finally {
            held.forEach(ReentrantLock::unlock);
        }
    }

    /**
     * How many events a channel that can hold events back may take now: waits (up to a second) while the inbox's
     * window is full, and returns at least 1.
     */
    public int room() {
        try {
            return Math.max(1, settings.window() - executor.awaitPendingBelow(settings.window(), 1000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    /** Events stored and not yet handled. */
    public int pending() {
        return executor.pending();
    }

    /** A chat the channel can no longer reach is marked inactive by its own turn, in order with its events. */
    @EventListener
    void on(ChatUnreachable event) {
        accept(List.of(Inbound.of(event.chat(), "gone:" + event.chat().key() + ":" + UUID.randomUUID(), "",
                event.chat().isGroup(), Inbound.Kind.BLOCKED, null, null, null, null)));
    }

    /** This instance took the lease over: it handles every event not handled yet. */
    @EventListener
    void on(LeaseChanged change) {
        if (change.active() && running) {
            synchronized (dispatching) {
                takeWaiting();
            }
        }
    }

    @Override
    public void start() {
        running = true;
        if (lease.active()) {
            synchronized (dispatching) {
                takeWaiting();
            }
        }
        standbyEvents.start(this::lookForStandbyEvents);
    }

    @Override
    public void stop() {
        running = false;
        standbyEvents.stop(() -> { });
        try {
            executor.shutdown(10);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }

    /** Forgets the keys of events handled long enough ago that no channel delivers them again. */
    @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT1M")
    void forgetOldKeys() {
        mongo.remove(Query.query(Criteria.where("handledAt").lt(clock.instant().minus(settings.keepKeys()))),
                InboxEntry.class);
    }

    /**
     * Takes the events waiting for the active instance, before any event of its own: the first time under a token (at
     * start, or having just taken the lease over) every event not handled yet, whoever stored it, in their order, so
     * that no later event of a chat goes before them; after that, those a standby stored. Held: dispatching.
     */
    private void takeWaiting() {
        long token = lease.token();
        if (token == caughtUpWith) {
            takeStandbyEvents();
            return;
        }
        List<InboxEntry> left = mongo.find(Query.query(Criteria.where("handled").ne(true).and("setAside").ne(true)
                .and("seq").gt(0)).with(Sort.by("seq")), InboxEntry.class);
        if (!left.isEmpty()) {
            log.info("Handling {} events stored and not handled yet (active under token {})", left.size(), token);
        }
        left.stream().map(InboxEntry::inbound).filter(Objects::nonNull).forEach(this::dispatch);
        caughtUpWith = token;
    }

    private void lookForStandbyEvents() {
        while (standbyEvents.running()) {
            if (lease.active()) {
                try {
                    synchronized (dispatching) {
                        takeWaiting();
                    }
                } catch (DataAccessException e) {
                    log.debug("Could not look for events stored by a standby: {}", e.toString());
                }
            }
            standbyEvents.pause(settings.lookEvery());
        }
    }

    /** Events a standby stored, or an instance that lost the lease handed back, in their order. */
    private void takeStandbyEvents() {
        mongo.find(Query.query(Criteria.where("waiting").is(InboxEntry.WAITING)).with(Sort.by("seq")),
                InboxEntry.class).stream().map(InboxEntry::inbound).filter(Objects::nonNull).forEach(this::dispatch);
    }

    private void dispatch(Inbound event) {
        if (dispatched.add(event.key())) {
            executor.submit(event.chat().key(), () -> handle(event));
        }
    }

    /**
     * Tries the event until it is handled, before any later event of its chat; sets it aside after the last try. An
     * instance that is no longer active hands it back instead.
     */
    private void handle(Inbound event) {
        if (!lease.active()) {
            handBack(event);
            return;
        }
        for (int attempt = 1; ; attempt++) {
            try {
                handler.handle(event);
                markHandled(event.key());
                return;
            } catch (RuntimeException e) {
                if (attempt >= settings.maxAttempts()) {
                    giveUp(event, attempt, e);
                    return;
                }
                log.warn("Handling {} of {} failed (attempt {}), trying again: {}", event.seq(), event.chat(), attempt,
                        e.toString());
                pause(attempt * 500L);
            }
        }
    }

    /** Whoever listens passes the event on to a person; then it is set aside, without what the person wrote. */
    private void giveUp(Inbound event, int attempts, RuntimeException failure) {
        log.error("Handling {} of {} failed {} times; passing it to the responders and setting it aside", event.seq(),
                event.chat(), attempts, failure);
        try {
            events.publishEvent(new InboundUnhandled(event, failure.toString()));
            mongo.updateFirst(byKey(event.key()), Update.update("setAside", true).set("handledAt", clock.instant())
                    .unset("inbound").unset("waiting"), InboxEntry.class);
        } catch (RuntimeException e) {
            log.error("Could not pass on or set aside {} of {}; it stays in the inbox for the next start", event.seq(),
                    event.chat(), e);
        } finally {
            dispatched.remove(event.key());
        }
    }

    private void markHandled(String key) {
        mongo.updateFirst(byKey(key), Update.update("handled", true).set("handledAt", clock.instant()).unset("inbound")
                .unset("waiting"), InboxEntry.class);
        dispatched.remove(key);
    }

    /** Leaves the event to the active instance, which finds it among those waiting for it. */
    private void handBack(Inbound event) {
        try {
            mongo.updateFirst(Query.query(Criteria.where("_id").is(event.key()).and("handled").ne(true)),
                    Update.update("waiting", InboxEntry.WAITING), InboxEntry.class);
        } catch (DataAccessException e) {
            log.warn("Could not hand {} of {} back to the active instance; whoever takes the lease next takes it",
                    event.seq(), event.chat());
        } finally {
            dispatched.remove(event.key());
        }
    }

    /**
     * Stores the events, trying again while the database refuses, until {@code deadline} (nanoTime) if any; marked for
     * the active instance when this one is not.
     */
    private List<Inbound> storeUntilStored(List<Inbound> events, @Nullable Long deadline, boolean forTheActive) {
        for (int attempt = 1; ; attempt++) {
            try {
                return store(events, forTheActive);
            } catch (DataAccessException e) {
                long wait = Math.min(30_000L, 500L * attempt);
                if (deadline != null && System.nanoTime() + wait * 1_000_000 > deadline) {
                    log.error("Cannot store {} inbound events (attempt {}); not confirming them, giving up",
                            events.size(), attempt, e);
                    throw e;
                }
                log.error("Cannot store {} inbound events (attempt {}); not confirming them, trying again", events.size(),
                        attempt, e);
                pause(wait);
            }
        }
    }

    /** Numbers and stores the events; returns those not stored before. */
    private List<Inbound> store(List<Inbound> events, boolean forTheActive) {
        long first = numbers.take(events.size());
        List<InboxEntry> entries = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            entries.add(InboxEntry.of(events.get(i).numbered(first + i), clock.instant(), forTheActive));
        }
        Set<Integer> duplicates = insert(entries);
        List<Inbound> fresh = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            if (!duplicates.contains(i)) {
                fresh.add(entries.get(i).inbound());
            }
        }
        return fresh;
    }

    private Set<Integer> insert(List<InboxEntry> entries) {
        try {
            mongo.bulkOps(BulkMode.UNORDERED, InboxEntry.class).insert(entries).execute();
            return Set.of();
        } catch (org.springframework.data.mongodb.BulkOperationException e) {
            return duplicatesOrThrow(e.getErrors().stream().map(BulkWriteError.class::cast).toList(), e);
        } catch (DataAccessException e) {
            if (e.getCause() instanceof MongoBulkWriteException bulk) {
                return duplicatesOrThrow(bulk.getWriteErrors(), e);
            }
            throw e;
        }
    }

    private static Set<Integer> duplicatesOrThrow(List<BulkWriteError> errors, RuntimeException failure) {
        Set<Integer> duplicates = new HashSet<>();
        for (BulkWriteError error : errors) {
            if (error.getCode() != DUPLICATE_KEY) {
                throw failure;
            }
            duplicates.add(error.getIndex());
        }
        return duplicates;
    }

    private List<ReentrantLock> locksOf(List<Inbound> events) {
        return events.stream().map(e -> Math.floorMod(e.chat().key().hashCode(), STRIPES)).distinct()
                .sorted(Comparator.naturalOrder()).map(i -> stripes[i]).toList();
    }

    private static Inbound withoutPhones(Inbound event) {
        return event.withTexts(event.text() == null ? null : Redaction.phones(event.text()),
                event.quoted() == null ? null : Redaction.phones(event.quoted()));
    }

    private static Query byKey(String key) {
        return Query.query(Criteria.where("_id").is(key));
    }

    private void awaitRoom() {
        while (executor.pending() > settings.maxPending()) {
            pause(20);
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
