package org.lighthouse.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.MongoCommandException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lighthouse.testing.BotProcess;
import org.lighthouse.testing.RunningBot;

/**
 * {@code database --port <n>}: the embedded store served to other processes, as two instances on one machine use it;
 * what was written through the driver is there after a stop (SIGTERM) and a new start on the same data directory.
 */
class DatabaseCommandIntegrationTest {

    private static final String SERVING = "Database: embedded store serving mongodb://127.0.0.1:";

    @TempDir
    Path data;
    @TempDir
    Path otherData;

    @Test
    void servesTheStoreUntilStoppedAndKeepsWhatItAcknowledged() throws Exception {
        int port = RunningBot.freePort();
        try (BotProcess database = serve(data, port)) {
            assertThat(database.awaitLine(SERVING)).isEqualTo(SERVING + port + "/lighthouse, data in "
                    + data.toAbsolutePath() + "; for trying two instances on one machine, not for production");
            session(port, people -> {
                people.createIndex(Indexes.ascending("name"), new IndexOptions().unique(true));
                people.insertMany(List.of(new Document("_id", "a").append("name", "An"),
                        new Document("_id", "b").append("name", "Binh")));
                people.updateOne(Filters.eq("_id", "a"), Updates.set("lessons", 3));
                people.deleteOne(Filters.eq("_id", "b"));
                assertThatThrownBy(() -> people.find(Filters.text("họ giữ hộ chiếu của em")).first())
                        .isInstanceOf(MongoCommandException.class);
            });
            resetAConnection(port);
            assertThat(database.stop()).isIn(0, 143);
            // neither the refused request, with a person's words, nor the dropped connection is logged
            assertThat(database.output()).hasSize(1);
        }
        try (BotProcess again = serve(data, port)) {
            again.awaitLine(SERVING);
            session(port, people -> {
                assertThat(people.find().into(new ArrayList<>())).containsExactly(
                        new Document("_id", "a").append("name", "An").append("lessons", 3));
                assertThatThrownBy(() -> people.insertOne(new Document("name", "An")))
                        .isInstanceOf(MongoWriteException.class);
            });
            again.stop();
        }
    }

    @Test
    void refusesAPortInUseAndADataDirectoryInUseInOneLine() throws Exception {
        int port = RunningBot.freePort();
        try (BotProcess database = serve(data, port)) {
            database.awaitLine(SERVING);
            try (BotProcess samePort = serve(otherData, port)) {
                assertThat(samePort.awaitExit()).isEqualTo(2);
                assertThat(samePort.output()).containsExactly("lighthouse: cannot serve the database: 127.0.0.1:"
                        + port + " is in use by another program: choose another port");
            }
            try (BotProcess sameData = serve(data, RunningBot.freePort())) {
                assertThat(sameData.awaitExit()).isEqualTo(2);
                assertThat(sameData.output()).containsExactly("lighthouse: the data directory "
                        + data.toAbsolutePath() + " is in use by a running Lighthouse: stop it first, or set"
                        + " LIGHTHOUSE_DATA_DIR to another directory");
            }
            database.stop();
        }
    }

    @Test
    void refusesAMissingOrInvalidPortBeforeTouchingTheData() {
        assertThat(refusal()).isEqualTo("lighthouse: no port given; " + DatabaseCommand.USAGE);
        assertThat(refusal("--port", "70000")).isEqualTo("lighthouse: the port '70000' is not a number from 1 to"
                + " 65535; " + DatabaseCommand.USAGE);
        assertThat(refusal("--port=eight")).startsWith("lighthouse: the port 'eight' is not a number");
        assertThat(refusal("--port", "0")).startsWith("lighthouse: the port '0' is not a number");
        assertThat(refusal("--port")).startsWith("lighthouse: --port needs a number;");
        assertThat(refusal("--port", "1", "--verbose"))
                .startsWith("lighthouse: unexpected arguments --port 1 --verbose;");
        assertThat(data.resolve("lighthouse.journal")).doesNotExist();
    }

    private String refusal(String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = DatabaseCommand.run(args, Map.of("LIGHTHOUSE_DATA_DIR", data.toString()),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(status).isEqualTo(2);
        return err.toString(StandardCharsets.UTF_8).strip();
    }

    /** A client that dies mid-conversation, as an instance killed does: its connection ends with a reset. */
    private static void resetAConnection(int port) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.getOutputStream().write(new byte[] {1, 2, 3});
            socket.setSoLinger(true, 0);
        }
    }

    private static BotProcess serve(Path dir, int port) {
        return BotProcess.start(Map.of("LIGHTHOUSE_DATA_DIR", dir.toString()), "database", "--port",
                Integer.toString(port));
    }

    private static void session(int port, Consumer<MongoCollection<Document>> work) {
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + port + "/lighthouse")) {
            work.accept(client.getDatabase("lighthouse").getCollection("people"));
        }
    }
}
