package org.lighthouse.database;

import de.bwaldvogel.mongo.MongoServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import org.h2.mvstore.MVStore;
import org.lighthouse.shared.ConfigurationProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The embedded database: mongo-java-server on an H2 file, listening on a loopback port for the real driver. */
class EmbeddedMongo implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMongo.class);
    static final String FILE_NAME = "lighthouse.mv.db";
    /**
     * Threads that serve the driver's connections. A write holds its thread until its commit is done, so more threads
     * let more concurrent writes share one commit (the default is two per core).
     */
    private static final int WORKER_THREADS = 32;

    private final MongoServer server;
    private final String connectionString;
    private final Path file;

    EmbeddedMongo(Path dataDir) {
        this.file = prepare(dataDir).resolve(FILE_NAME);
        MVStore store = open(file);
        this.server = new MongoServer(new DurableH2Backend(store));
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1, WORKER_THREADS);
        this.connectionString = server.getConnectionString();
        log.info("Database: embedded MongoDB (mongo-java-server, H2 file backend), data in {}", file.toAbsolutePath());
    }

    String connectionString() {
        return connectionString + "/lighthouse";
    }

    Path file() {
        return file;
    }

    @Override
    public void close() {
        server.shutdown();
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

    private static MVStore open(Path file) {
        try {
            return new MVStore.Builder().fileName(file.toString()).open();
        } catch (RuntimeException e) {
            throw new ConfigurationProblem("cannot open the embedded database file " + file.toAbsolutePath() + " ("
                    + e.getMessage() + "): is another Lighthouse running on the same LIGHTHOUSE_DATA_DIR?", e);
        }
    }
}
