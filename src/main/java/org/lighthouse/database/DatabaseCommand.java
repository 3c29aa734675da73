package org.lighthouse.database;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.lighthouse.shared.ConfigurationProblem;
import org.lighthouse.shared.DataDirectorySettings;
import org.slf4j.LoggerFactory;

/**
 * {@code database --port <n>}: serves the embedded store (in memory, journal on file in {@code LIGHTHOUSE_DATA_DIR})
 * on 127.0.0.1:{@code n} until stopped, so that instances started with
 * {@code MONGODB_URI=mongodb://127.0.0.1:<n>/lighthouse} share it: the way to try two instances on one machine, not
 * production (one process, no replica). SIGTERM or Ctrl-C closes it cleanly; every write was on disk before it was
 * acknowledged anyway. Exit status 2, with one line, for a bad port, a port in use, or a data directory a running bot
 * holds.
 */
public final class DatabaseCommand {

    static final String USAGE = "usage: database --port <1-65535> (data in LIGHTHOUSE_DATA_DIR, by default ./data)";

    private DatabaseCommand() {
    }

    /** The command-line entry point; returns once the store was closed by a signal, or at once when refused. */
    public static int run(String[] args) {
        silenceTheServersOwnLog();
        return run(args, System.getenv(), System.out, System.err);
    }

    /**
     * mongo-java-server logs a failing request with its content (a person's words) and a client's dropped connection
     * (an instance killed) with a stack trace; every failure is answered to the client, which says it in its own log.
     * The journal's own warnings stay.
     */
    private static void silenceTheServersOwnLog() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext logging) {
            logging.getLogger("de.bwaldvogel.mongo").setLevel(Level.OFF);
        }
    }

    static int run(String[] args, Map<String, String> environment, PrintStream out, PrintStream err) {
        int port;
        try {
            port = port(args);
        } catch (IllegalArgumentException usage) {
            err.println("lighthouse: " + usage.getMessage() + "; " + USAGE);
            return 2;
        }
        Path dir = dataDir(environment);
        EmbeddedMongo store;
        try {
            store = EmbeddedMongo.open(dir, port, JournaledBackend.SMALLEST_REWRITE,
                    DatabaseSettings.ERASURE_REWRITE_DELAY);
        } catch (DataDirectoryInUse inUse) {
            err.println("lighthouse: the data directory " + inUse.dir().toAbsolutePath() + " is in use by a running"
                    + " Lighthouse: stop it first, or set LIGHTHOUSE_DATA_DIR to another directory");
            return 2;
        } catch (ConfigurationProblem problem) {
            err.println("lighthouse: cannot serve the database: " + problem.getMessage());
            return 2;
        }
        out.println("Database: embedded store serving " + store.connectionString() + ", data in "
                + dir.toAbsolutePath() + "; for trying two instances on one machine, not for production");
        out.flush();
        return serveUntilStopped(store);
    }

    /** The port of {@code --port <n>} or {@code --port=<n>}, the only argument. */
    static int port(String[] args) {
        String value;
        if (args.length == 1 && args[0].startsWith("--port=")) {
            value = args[0].substring("--port=".length());
        } else if (args.length == 2 && args[0].equals("--port")) {
            value = args[1];
        } else {
            throw new IllegalArgumentException(args.length == 0 ? "no port given"
                    : args.length == 1 && args[0].equals("--port") ? "--port needs a number"
                    : "unexpected arguments " + String.join(" ", args));
        }
        int port = value.matches("\\d{1,5}") ? Integer.parseInt(value) : 0;
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("the port '" + value + "' is not a number from 1 to 65535");
        }
        return port;
    }

    /** The bot's own setting, {@code LIGHTHOUSE_DATA_DIR}; unset or blank, {@code ./data}. */
    static Path dataDir(Map<String, String> environment) {
        String dir = environment.get("LIGHTHOUSE_DATA_DIR");
        return dir == null || dir.isBlank() ? DataDirectorySettings.DEFAULT : Path.of(dir.strip());
    }

    /** Blocks until the JVM shuts down (SIGTERM, Ctrl-C), whose hook closes the store and its journal. */
    private static int serveUntilStopped(EmbeddedMongo store) {
        CountDownLatch closed = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            store.close();
            closed.countDown();
        }, "database-close"));
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }
}
