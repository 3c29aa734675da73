package org.lighthouse.database;

import de.bwaldvogel.mongo.MongoServer;
import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.lighthouse.shared.ConfigurationProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded database: mongo-java-server in memory with a journal on file ({@link JournaledBackend}), listening on a
 * loopback port for the real driver.
 */
class EmbeddedMongo implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMongo.class);
    /**
     * Threads that serve the driver's connections. A write holds its thread until its commit is done, so more threads
     * let more concurrent writes share one commit (the default is two per core).
     */
    private static final int WORKER_THREADS = 32;

    private final Path dir;
    private final Journal journal;
    private final JournaledBackend backend;
    private final MongoServer server;
    private final String connectionString;
    private final ScheduledThreadPoolExecutor scheduler;
    private final ErasureRewrites erasures;

    /**
     * Starts on the data directory, with the journal rewritten whenever it has grown past {@code smallestRewrite}
     * bytes (and four snapshots), and {@code erasureDelay} after a person's data was erased.
     */
    static EmbeddedMongo open(Path dataDir, long smallestRewrite, Duration erasureDelay) {
        return open(dataDir, 0, smallestRewrite, erasureDelay);
    }

    /** As {@link #open(Path, long, Duration)}, on the given loopback port (0: any free one). */
    static EmbeddedMongo open(Path dataDir, int port, long smallestRewrite, Duration erasureDelay) {
        Path dir = prepare(dataDir);
        return new EmbeddedMongo(dir, Journal.open(dir), port, smallestRewrite, erasureDelay);
    }

    /** On the journal opened in {@code dir}, which it closes when it closes, on any free loopback port. */
    EmbeddedMongo(Path dir, Journal journal, long smallestRewrite, Duration erasureDelay) {
        this(dir, journal, 0, smallestRewrite, erasureDelay);
    }

    private EmbeddedMongo(Path dir, Journal journal, int port, long smallestRewrite, Duration erasureDelay) {
        this.dir = dir;
        this.journal = journal;
        try {
            LegacyH2File.migrate(dir, journal);
            this.backend = new JournaledBackend(journal, smallestRewrite);
            backend.recover();
            this.server = new MongoServer(backend);
            bind(server, port);
        } catch (RuntimeException e) {
            journal.close();
            throw e;
        }
        this.connectionString = server.getConnectionString();
        this.scheduler = new ScheduledThreadPoolExecutor(1, task -> {
            Thread thread = new Thread(task, "journal-erasure");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        this.erasures = new ErasureRewrites(erasureDelay,
                (task, after) -> {
                    if (!scheduler.isShutdown()) { // else close() runs what is due
                        scheduler.schedule(task, after.toMillis(), TimeUnit.MILLISECONDS);
                    }
                }, this::forgetErased);
        log.info("Database: embedded MongoDB (mongo-java-server: data in memory, journal on disk in {})",
                dir.toAbsolutePath());
    }

    /**
     * Netty throws the socket's checked exceptions undeclared: a port in use becomes a clear refusal, any other failure
     * an unchecked one, which the caller's clean-up catches.
     */
    private static void bind(MongoServer server, int port) {
        try {
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1, WORKER_THREADS);
        } catch (Exception e) {
            if (e instanceof BindException) {
                throw new ConfigurationProblem(InetAddress.getLoopbackAddress().getHostAddress() + ":" + port
                        + " is in use by another program: choose another port", e);
            }
            throw e instanceof RuntimeException unchecked ? unchecked : new IllegalStateException(e);
        }
    }

    String connectionString() {
        return connectionString + "/lighthouse";
    }

    /** A person's data was erased: the journal and the copies beside it will soon keep none of it. */
    void erased() {
        erasures.erased();
    }

    /** Why the database refuses writes, in words that name no path or size; null while it takes them. */
    @Nullable String refusal() {
        return backend.refusal();
    }

    /** Whether data that was erased is still on file, as the rewrite that should drop it failed (it is retried). */
    boolean erasedDataOnFile() {
        return erasures.failing();
    }

    /**
     * Rewrites the journal as a snapshot, and deletes the older copies of data beside it: those of damaged journals,
     * and an earlier version's H2 file, whose data the journal took over.
     */
    private void forgetErased() {
        long started = System.nanoTime();
        backend.rewriteNow();
        List<Path> deleted = new ArrayList<>(journal.deleteDamagedCopies());
        LegacyH2File.deleteMigrated(dir).ifPresent(deleted::add);
        log.info("Embedded database: rewrote the journal after an erasure in {} ms{}",
                (System.nanoTime() - started) / 1_000_000, deleted.isEmpty() ? "" : "; deleted the older copies "
                        + deleted.stream().map(p -> p.getFileName().toString()).toList());
    }

    /**
     * Lets a rewrite after an erasure finish (or runs one still waiting), leaves the journal as a snapshot for a quick
     * next start, then stops the server and closes.
     */
    @Override
    public void close() {
        scheduler.shutdown();
        try {
            if (!scheduler.awaitTermination(1, TimeUnit.MINUTES)) {
                log.warn("Embedded database: a rewrite after an erasure did not finish within a minute; closing");
            }
            // while the server still holds the data: once shut down it holds none, and a rewrite then would write an
            // empty snapshot over the journal
            erasures.finish();
            backend.snapshotAtStop();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            server.shutdown();
            journal.close();
        }
    }

    private static Path prepare(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
            Path probe = Files.createTempFile(dataDir, ".write-check", ".tmp");
            Files.delete(probe);
            return dataDir;
        } catch (IOException | SecurityException e) {
            throw new ConfigurationProblem("the data directory " + dataDir.toAbsolutePath()
                    + " is not writable (" + e.getClass().getSimpleName() + "): set LIGHTHOUSE_DATA_DIR to a directory"
                    + " Lighthouse may write to, or MONGODB_URI to use a MongoDB server", e);
        }
    }
}
