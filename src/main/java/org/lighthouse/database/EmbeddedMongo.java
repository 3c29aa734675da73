package org.lighthouse.database;

import de.bwaldvogel.mongo.MongoServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
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

    private final Journal journal;
    private final MongoServer server;
    private final String connectionString;

    EmbeddedMongo(Path dataDir) {
        this(dataDir, JournaledBackend.SMALLEST_REWRITE);
    }

    /** With the journal rewritten whenever it has grown past {@code smallestRewrite} bytes (and four snapshots). */
    EmbeddedMongo(Path dataDir, long smallestRewrite) {
        Path dir = prepare(dataDir);
        this.journal = Journal.open(dir);
        try {
            LegacyH2File.migrate(dir, journal);
            JournaledBackend backend = new JournaledBackend(journal, smallestRewrite);
            backend.recover();
            this.server = new MongoServer(backend);
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1, WORKER_THREADS);
        } catch (RuntimeException e) {
            journal.close();
            throw e;
        }
        this.connectionString = server.getConnectionString();
        log.info("Database: embedded MongoDB (mongo-java-server in memory, journal on file), data in {}",
                dir.toAbsolutePath());
    }

    String connectionString() {
        return connectionString + "/lighthouse";
    }

    @Override
    public void close() {
        server.shutdown();
        journal.close();
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
