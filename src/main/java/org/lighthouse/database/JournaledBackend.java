package org.lighthouse.database;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.AbstractMongoBackend;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import de.bwaldvogel.mongo.exception.ErrorCode;
import de.bwaldvogel.mongo.exception.MongoServerException;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An in-memory backend ({@link IndexedMemoryDatabase}) made durable by a {@link Journal}. Every write command is appended to the
 * journal and applied under one lock, so the journal holds writes in the order they were applied; a write is
 * acknowledged only after a commit that began after it has forced it to the disk, and concurrent writes share commits
 * ({@link GroupCommit}). At start the journal is replayed and rewritten as a snapshot of the data, unless it is
 * already one with nothing after it (as a clean stop leaves it); it is rewritten again whenever it has grown to
 * several times that size.
 *
 * <p>Replaying gives the same data because each write depends only on the data before it: the driver gives new
 * documents their ids before sending them (the backend gives the others theirs before recording the write), and
 * Lighthouse's writes name their document by id. Not replayed alike, and not used by Lighthouse:
 * an upsert whose filter has no id (a new id), {@code $currentDate} (the time of the replay), a single-document write
 * whose filter matches several documents (another may come first), and {@code aggregate} with {@code $out}.
 *
 * <p>A write whose record replay could not read is refused before it is applied, and the store goes on. If the journal
 * cannot be written to the disk, the backend refuses every later write until a restart, so that what it holds never
 * runs further ahead of the file (after a failed force, the file cannot be trusted); the writes it could not write were
 * never acknowledged.
 */
class JournaledBackend extends AbstractMongoBackend {

    private static final Logger log = LoggerFactory.getLogger(JournaledBackend.class);
    private static final String ID = "_id";
    private static final int BSON_OBJECT_TOO_LARGE = 10334;
    private static final int INTERNAL_ERROR = 1;
    private static final Set<String> WRITE_COMMANDS = Set.of("insert", "update", "delete", "findandmodify", "create",
            "createindexes", "drop", "dropdatabase", "dropindexes", "renamecollection");
    /** The journal is rewritten once it is this many times the size of the last snapshot, and at least this big. */
    private static final int GROWTH_BEFORE_REWRITE = 4;
    static final long SMALLEST_REWRITE = 64L << 20;

    private final Journal journal;
    private final long smallestRewrite;
    private final ReentrantLock writes = new ReentrantLock();
    /** Taken to write the journal's file (a commit, a rewrite after an erasure), before {@link #writes} if both. */
    private final ReentrantLock files = new ReentrantLock();
    private final GroupCommit group = new GroupCommit(this::commit);
    private volatile @Nullable String broken;
    private long rewriteAbove;
    /** Whether the last record replayed was a snapshot's end. */
    private boolean snapshotLast;
    /** Whether a write was journalled after the journal was last rewritten as a snapshot; under {@link #writes}. */
    private boolean journalledSinceRewrite;

    JournaledBackend(Journal journal, long smallestRewrite) {
        this.journal = journal;
        this.smallestRewrite = smallestRewrite;
    }

    /**
     * Loads the data from the journal, then rewrites the journal as a snapshot of it: that drops what could not be read,
     * and what was overwritten or erased since the last snapshot. A journal that is a whole snapshot and nothing more
     * is kept as it is, which spares a start a rewrite of every document.
     */
    void recover() {
        long started = System.nanoTime();
        AtomicLong surprises = new AtomicLong();
        long records = Snapshot.withChannel(this, channel -> journal.replay(record -> replay(channel, record,
                surprises)));
        long replayed = System.nanoTime();
        if (snapshotLast && journal.replayedWhole()) {
            rewriteAbove = Math.max(smallestRewrite, GROWTH_BEFORE_REWRITE * journal.size());
            log.info("Embedded database: a snapshot of {} records loaded in {} ms ({} KB), nothing after it",
                    records, (replayed - started) / 1_000_000, journal.size() / 1024);
        } else {
            rewriteAfterReplay();
            log.info("Embedded database: {} journal records replayed in {} ms, rewritten in {} ms; the journal is now"
                    + " {} KB", records, (replayed - started) / 1_000_000, (System.nanoTime() - replayed) / 1_000_000,
                    journal.size() / 1024);
        }
        if (surprises.get() > 0) {
            log.error("Embedded database: {} journal records failed on replay although they had not failed when "
                    + "written; the data may differ from what was written (see the errors above)", surprises.get());
        }
    }

    private void rewriteAfterReplay() {
        try {
            rewrite();
        } catch (RuntimeException e) {
            journal.dropUnreadableTail();
            putOffRewrite(e);
        }
    }

    /**
     * At a clean stop: rewrites the journal as a snapshot if anything was written since the last one, so that the next
     * start loads the data without replaying every write. A failure leaves the journal as it was, which is whole.
     */
    void snapshotAtStop() {
        files.lock();
        try {
            if (broken == null && journalledSinceRewrite) {
                rewrite();
            }
        } catch (RuntimeException e) {
            log.warn("Embedded database: could not write a snapshot at the stop ({}); the next start replays the"
                    + " journal instead", e.toString());
        } finally {
            files.unlock();
        }
    }

    /** Documents kept encoded, and the secondary indexes the memory backend lacks (a look-up by chat scans nothing). */
    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
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
            String reason = broken;
            if (reason != null) {
                return refusal(INTERNAL_ERROR, "InternalError", brokenMessage(reason));
            }
            giveIds(command, query);
            try {
                journal.appendUnsettled(Snapshot.record(databaseName, command, query));
                journalledSinceRewrite = true;
            } catch (RuntimeException e) {
                return unjournalable(command, e);
            }
            result = apply(channel, databaseName, command, query);
        } finally {
            writes.unlock();
        }
        group.awaitCommitted();
        return result;
    }

    /** Applies a write already journalled; the record notes afterwards whether it failed. */
    private Document apply(Channel channel, String databaseName, String command, Document query) {
        boolean failed = true;
        try {
            Document result = super.handleCommand(channel, databaseName, command, query);
            failed = false;
            return result;
        } finally {
            // also when it failed: a failed write may have changed some documents, and fails alike on replay
            journal.settle(failed);
        }
    }

    /**
     * Gives each new document without an id the id the server would give it on insert, before the write is journalled:
     * the record then carries the ids, and replay inserts the same documents.
     */
    private static void giveIds(String command, Document query) {
        if (command.equalsIgnoreCase("insert") && !String.valueOf(query.get(command)).startsWith("system.")
                && query.get("documents") instanceof List<?> documents) {
            for (Object document : documents) {
                if (document instanceof Document d && !d.containsKey(ID)) {
                    d.put(ID, new ObjectId());
                }
            }
        }
    }

    /** A write whose record replay could not read: refused before it changed anything; the store goes on. */
    private static Document unjournalable(String command, RuntimeException cause) {
        log.warn("Embedded database: refused a {} that cannot be journalled ({})", command, cause.getMessage());
        return cause instanceof Journal.TooLarge
                ? refusal(BSON_OBJECT_TOO_LARGE, "BSONObjectTooLarge", "this " + command + " is too large for the"
                        + " embedded database's journal (" + cause.getMessage() + "); nothing was written")
                : refusal(ErrorCode.BadValue.getValue(), ErrorCode.BadValue.getName(), "the embedded database cannot"
                        + " journal this " + command + " (" + cause.getMessage() + "); nothing was written");
    }

    /**
     * An error reply rather than an exception: the server logs a command that throws with its whole content, which
     * may be a person's words.
     */
    private static Document refusal(int code, String codeName, String message) {
        return new Document("$err", message).append("errmsg", message).append("code", code)
                .append("codeName", codeName).append("ok", 0);
    }

    private void replay(Channel channel, byte[] encoded, AtomicLong surprises) {
        Optional<SnapshotInsert> snapshot = SnapshotInsert.read(encoded);
        EncodedCollection kept = snapshot.map(this::encodedCollection).orElse(null);
        snapshotLast = false;
        if (kept != null) {
            replayed("insert", false, () -> kept.load(snapshot.get().documents()), surprises);
            return;
        }
        Document record = BsonDecoder.decodeBson(Unpooled.wrappedBuffer(encoded));
        String command = (String) record.get("command");
        if (Snapshot.END.equals(command)) {
            snapshotLast = true;
            return;
        }
        replayed(command, Boolean.TRUE.equals(record.get(Journal.OUTCOME)), () -> JournaledBackend.super.handleCommand(
                channel, (String) record.get("db"), command, (Document) record.get("query")), surprises);
    }

    private static void replayed(String command, boolean failedWhenWritten, Runnable replay, AtomicLong surprises) {
        try {
            replay.run();
        } catch (RuntimeException e) {
            if (e instanceof MongoServerException || failedWhenWritten) {
                log.debug("A journalled {} fails on replay as it failed when first applied: {}", command, e.toString());
            } else {
                surprises.incrementAndGet();
                log.error("Embedded database: a journalled {} failed on replay: {}", command, e.toString());
            }
        }
    }

    /**
     * The collection a snapshot's documents go into as they are encoded; null, leaving them to a replay of the record,
     * when it does not exist yet or is not kept encoded.
     */
    private @Nullable EncodedCollection encodedCollection(SnapshotInsert insert) {
        return resolveDatabase(insert.database()).resolveCollection(insert.collection(), false)
                instanceof EncodedCollection collection ? collection : null;
    }

    /** Seals, writes and forces what was journalled; a file's turn is taken with {@link #files}. */
    private void commit() {
        refuseIfBroken();
        files.lock();
        try {
            writes.lock();
            try {
                journal.seal();
            } finally {
                writes.unlock();
            }
            try {
                journal.flush();
            } catch (RuntimeException e) {
                breakDown("the disk refused to write or force the journal", e);
            }
            if (journal.size() > rewriteAbove) {
                rewriteOrPutOff();
            }
        } finally {
            files.unlock();
        }
    }

    /**
     * Rewrites the journal as a snapshot now, so that it keeps no record of data deleted since: throws when that
     * fails, which leaves the old journal whole.
     */
    void rewriteNow() {
        files.lock();
        try {
            refuseIfBroken();
            try {
                rewrite();
            } catch (Journal.Broken e) {
                breakDown("the rewritten journal cannot be opened", e);
            }
        } finally {
            files.unlock();
        }
    }

    /**
     * Why the store refuses writes, in words that name no path or size (health shows them to anyone); null while it
     * takes writes.
     */
    @Nullable String refusal() {
        return broken;
    }

    /** A failed rewrite leaves the old journal whole; it is tried again once the journal has doubled. */
    private void rewriteOrPutOff() {
        try {
            rewrite();
        } catch (Journal.Broken e) {
            breakDown("the rewritten journal cannot be opened", e);
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
            journalledSinceRewrite = false;
            rewriteAbove = Math.max(smallestRewrite, GROWTH_BEFORE_REWRITE * journal.size());
        } finally {
            writes.unlock();
        }
    }

    private void refuseIfBroken() {
        String reason = broken;
        if (reason != null) {
            throw new MongoServerException(brokenMessage(reason));
        }
    }

    private static String brokenMessage(String reason) {
        return "the embedded database cannot write its journal (" + reason + "); restart Lighthouse";
    }

    private void breakDown(String reason, RuntimeException cause) {
        broken = reason + " (" + rootCause(cause).getClass().getSimpleName() + ")";
        log.error("Embedded database: {}; refusing all writes until a restart", broken, cause);
        throw cause;
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
