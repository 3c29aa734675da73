package org.lighthouse.channel.inbox;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.lighthouse.channel.Inbound;
import org.lighthouse.channel.InboundHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataAccessException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations.BulkMode;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Where every inbound event goes first. An event is stored before the channel confirms it (to Telegram, or to the web
 * page), handled in order per chat, and removed once handled; events left after a crash are handled at the next start.
 */
@Component
public class Inbox implements SmartLifecycle {

    /** Starts before the channels take events and stops after they stopped. */
    public static final int PHASE = 0;

    private static final Logger log = LoggerFactory.getLogger(Inbox.class);
    private static final int DUPLICATE_KEY = 11000;

    private final MongoTemplate mongo;
    private final InboundHandler handler;
    private final InboxSettings settings;
    private final Clock clock;
    private final ChatSerialExecutor executor;
    private volatile boolean running;

    Inbox(MongoTemplate mongo, InboundHandler handler, InboxSettings settings, Clock clock) {
        this.mongo = mongo;
        this.handler = handler;
        this.settings = settings;
        this.clock = clock;
        this.executor = new ChatSerialExecutor(settings.workers());
    }

    /**
     * Stores the events and queues them for handling. Returns only once they are stored (retrying while the database
     * is unreachable), so the caller may then confirm them to the channel. Waits while too many events are queued.
     */
    public void accept(List<Inbound> events) {
        if (events.isEmpty()) {
            return;
        }
        awaitRoom();
        List<InboxEntry> entries = events.stream().map(e -> InboxEntry.of(e, clock.instant())).toList();
        Set<Integer> duplicates = storeUntilStored(entries);
        for (int i = 0; i < entries.size(); i++) {
            if (!duplicates.contains(i)) {
                dispatch(entries.get(i).inbound(), 1);
            }
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

    @Override
    public void start() {
        List<InboxEntry> left = mongo.find(Query.query(Criteria.where("setAside").ne(true))
                .with(Sort.by("receivedAt", "inbound.seq")), InboxEntry.class);
        if (!left.isEmpty()) {
            log.info("Handling {} events received before the last stop and not handled then", left.size());
        }
        left.forEach(entry -> dispatch(entry.inbound(), 1));
        running = true;
    }

    @Override
    public void stop() {
        running = false;
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

    private void dispatch(Inbound event, int attempt) {
        executor.submit(event.chat().key(), () -> handle(event, attempt));
    }

    private void handle(Inbound event, int attempt) {
        String id = event.chat().key() + "#" + event.seq();
        try {
            handler.handle(event);
            mongo.remove(Query.query(Criteria.where("_id").is(id)), InboxEntry.class);
        } catch (RuntimeException e) {
            if (attempt < settings.maxAttempts()) {
                log.warn("Handling {} failed (attempt {}), trying again: {}", id, attempt, e.toString());
                pause(attempt * 500L);
                dispatch(event, attempt + 1);
            } else {
                log.error("Handling {} failed {} times; it stays in the inbox, set aside, for a person to look at", id,
                        attempt, e);
                setAside(id);
            }
        }
    }

    private void setAside(String id) {
        try {
            mongo.updateFirst(Query.query(Criteria.where("_id").is(id)), Update.update("setAside", true), InboxEntry.class);
        } catch (DataAccessException e) {
            log.error("Could not set {} aside; it will be handled again at the next start", id, e);
        }
    }

    private Set<Integer> storeUntilStored(List<InboxEntry> entries) {
        for (int attempt = 1; ; attempt++) {
            try {
                return store(entries);
            } catch (DataAccessException e) {
                log.error("Cannot store {} inbound events (attempt {}); not confirming them, trying again", entries.size(),
                        attempt, e);
                pause(Math.min(30_000L, 500L * attempt));
            }
        }
    }

    private Set<Integer> store(List<InboxEntry> entries) {
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
