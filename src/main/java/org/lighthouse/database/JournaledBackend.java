package org.lighthouse.database;

import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.backend.memory.MemoryDatabase;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.exception.MongoServerException;
import io.netty.channel.Channel;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * mongo-java-server's in-memory backend made durable by a {@link Journal}. Every write command is applied and appended
 * to the journal under one lock, so the journal holds writes in the order they were applied; a write is acknowledged
 * only after a commit that began after it has forced it to the disk, and concurrent writes share commits
 * ({@link GroupCommit}). At start the journal is replayed and rewritten as a snapshot of the data; it is rewritten
 * again whenever it has grown to several times that size.
 *
 * <p>Replaying gives the same data because each write depends only on the data before it: the driver gives new
 * documents their ids before sending them, and Lighthouse's writes name their document by id. Writes are recorded
 * after they were applied, so an id the server added is recorded too. Not replayed alike, and not used by Lighthouse:
 * an upsert whose filter has no id (a new id), {@code $currentDate} (the time of the replay), a single-document write
 * whose filter matches several documents (another may come first), and {@code aggregate} with {@code $out}.
 *
 * <p>If the journal cannot be written, the backend refuses every later write until a restart, so that what it holds
 * never runs further ahead of the file; the writes it could not write were never acknowledged.
 */
class JournaledBackend extends MemoryBackend {

    private static final Logger log = LoggerFactory.getLogger(JournaledBackend.class);
    private static final Set<String> WRITE_COMMANDS = Set.of("insert", "update", "delete", "findandmodify", "create",
            "createindexes", "drop", "dropdatabase", "dropindexes", "renamecollection");
    /** The journal is rewritten once it is this many times the size of the last snapshot, and at least this big. */
    private static final int GROWTH_BEFORE_REWRITE = 4;
    static final long SMALLEST_REWRITE = 64L << 20;

    private final Journal journal;
    private final long smallestRewrite;
    private final ReentrantLock writes = new ReentrantLock();
    private final GroupCommit group = new GroupCommit(this::commit);
    private volatile @Nullable String broken;
    private long rewriteAbove;

    JournaledBackend(Journal journal, long smallestRewrite) {
        this.journal = journal;
        this.smallestRewrite = smallestRewrite;
    }

    /** Loads the data from the journal, then rewrites the journal as a snapshot of it. */
    void recover() {
        long started = System.nanoTime();
        AtomicLong surprises = new AtomicLong();
        long records = Snapshot.withChannel(this, channel -> journal.replay(record -> replay(channel, record,
                surprises)));
        try {
            rewrite();
        } catch (RuntimeException e) {
            journal.dropUnreadableTail();
            putOffRewrite(e);
        }
        log.info("Embedded database: {} journal records replayed in {} ms; the journal is now {} KB", records,
                (System.nanoTime() - started) / 1_000_000, journal.size() / 1024);
        if (surprises.get() > 0) {
            log.error("Embedded database: {} journal records failed on replay although they had not failed when "
                    + "written; the data may differ from what was written (see the errors above)", surprises.get());
        }
    }

    /** With the secondary indexes the memory backend lacks, so that a look-up by chat does not scan a collection. */
    @Override
    public MemoryDatabase openOrCreateDatabase(String databaseName) {
        return new IndexedMemoryDatabase(databaseName, getCursorRegistry());
    }

    @Override
    public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
        if (!WRITE_COMMANDS.contains(command.toLowerCase(Locale.ROOT))) {
            return super.handleCommand(channel, databaseName, command, query);
        }
        Document result;
        writes.lock();
        try {
            refuseIfBroken();
            result = applyAndAppend(channel, databaseName, command, query);
        } finally {
            writes.unlock();
        }
        group.awaitCommitted();
        return result;
    }

    private Document applyAndAppend(Channel channel, String databaseName, String command, Document query) {
        boolean failed = true;
        try {
            Document result = super.handleCommand(channel, databaseName, command, query);
            failed = false;
            return result;
        } finally {
            // also when it failed: a failed write may have changed some documents, and fails alike on replay
            Document record = Snapshot.record(databaseName, command, query).append("failed", failed);
            try {
                journal.append(record);
            } catch (RuntimeException e) {
                breakDown("a write could not be journalled (" + e.getMessage() + ")", e);
            }
        }
    }

    private void replay(Channel channel, Document record, AtomicLong surprises) {
        String command = (String) record.get("command");
        try {
            super.handleCommand(channel, (String) record.get("db"), command, (Document) record.get("query"));
        } catch (RuntimeException e) {
            if (e instanceof MongoServerException || Boolean.TRUE.equals(record.get("failed"))) {
                log.debug("A journalled {} fails on replay as it failed when first applied: {}", command, e.toString());
            } else {
                surprises.incrementAndGet();
                log.error("Embedded database: a journalled {} failed on replay: {}", command, e.toString());
            }
        }
    }

    private void commit() {
        refuseIfBroken();
        writes.lock();
        try {
            journal.seal();
        } finally {
            writes.unlock();
        }
        try {
            journal.flush();
        } catch (RuntimeException e) {
            breakDown(e.getMessage(), e);
        }
        if (journal.size() > rewriteAbove) {
            rewriteOrPutOff();
        }
    }

    /** A failed rewrite leaves the old journal whole; it is tried again once the journal has doubled. */
    private void rewriteOrPutOff() {
        try {
            rewrite();
        } catch (Journal.Broken e) {
            breakDown(e.getMessage(), e);
        } catch (RuntimeException e) {
            putOffRewrite(e);
        }
    }

    private void putOffRewrite(RuntimeException failure) {
        rewriteAbove = 2 * journal.size();
        log.error("Embedded database: cannot rewrite the journal ({}); going on with it as it is, next try at {} MB",
                failure.getMessage(), rewriteAbove >> 20);
    }

    private void rewrite() {
        writes.lock();
        try {
            journal.rewrite(Snapshot.of(this));
            rewriteAbove = Math.max(smallestRewrite, GROWTH_BEFORE_REWRITE * journal.size());
        } finally {
            writes.unlock();
        }
    }

    private void refuseIfBroken() {
        String reason = broken;
        if (reason != null) {
            throw new MongoServerException("the embedded database cannot write its journal (" + reason
                    + "); restart Lighthouse");
        }
    }

    private void breakDown(@Nullable String reason, RuntimeException cause) {
        broken = String.valueOf(reason);
        log.error("Embedded database: {}; refusing all writes until a restart", broken, cause);
        throw cause;
    }
}
