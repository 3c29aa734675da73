package org.lighthouse.database;

import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.exception.MongoServerException;
import io.netty.channel.Channel;
import io.netty.channel.embedded.EmbeddedChannel;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
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
 * documents their ids before sending them, and Lighthouse upserts only by id. Writes are recorded after they were
 * applied, so an id the server added is recorded too.
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
    private long rewriteAbove;

    JournaledBackend(Journal journal, long smallestRewrite) {
        this.journal = journal;
        this.smallestRewrite = smallestRewrite;
    }

    /** Loads the data from the journal, then rewrites the journal as a snapshot of it. */
    void recover() {
        Channel channel = new EmbeddedChannel();
        long started = System.nanoTime();
        long records = journal.replay(record -> replay(channel, record));
        handleClose(channel);
        channel.close();
        rewrite();
        log.info("Embedded database: {} journal records replayed in {} ms; the journal now holds a snapshot of {} KB",
                records, (System.nanoTime() - started) / 1_000_000, journal.size() / 1024);
    }

    @Override
    public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
        if (!WRITE_COMMANDS.contains(command.toLowerCase(Locale.ROOT))) {
            return super.handleCommand(channel, databaseName, command, query);
        }
        Document result;
        writes.lock();
        try {
            try {
                result = super.handleCommand(channel, databaseName, command, query);
            } finally {
                // also when it failed: a failed write may have changed some documents, and fails alike on replay
                journal.append(Snapshot.record(databaseName, command, query));
            }
        } finally {
            writes.unlock();
        }
        group.awaitCommitted();
        return result;
    }

    private void replay(Channel channel, Document record) {
        try {
            super.handleCommand(channel, (String) record.get("db"), (String) record.get("command"),
                    (Document) record.get("query"));
        } catch (MongoServerException e) {
            log.debug("A journalled write fails on replay as it failed when first applied: {}", e.getMessage());
        }
    }

    private void commit() {
        writes.lock();
        try {
            journal.seal();
        } finally {
            writes.unlock();
        }
        journal.flush();
        if (journal.size() > rewriteAbove) {
            rewrite();
        }
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
}
