package org.lighthouse.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.mongodb.MongoException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.exception.MongoServerError;
import io.netty.channel.Channel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Consumer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lighthouse.shared.HealthStatuses;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Health says whether the database takes writes, and why not, without a path or a size. */
class DatabaseHealthIntegrationTest {

    @TempDir
    Path data;

    /** The embedded database is UP while it takes writes, and DOWN with the cause once its journal refused a write. */
    @Test
    void embeddedIsDownOnceItsJournalCannotBeWritten() {
        Journal journal = Journal.open(data);
        try (EmbeddedMongo mongo = new EmbeddedMongo(data, journal, JournaledBackend.SMALLEST_REWRITE,
                DatabaseSettings.ERASURE_REWRITE_DELAY);
                MongoClient client = MongoClients.create(mongo.connectionString())) {
            DatabaseHealth health = embeddedHealth(client, mongo);
            MongoCollection<Document> people = client.getDatabase("lighthouse").getCollection("people");
            people.insertOne(new Document("_id", "a"));
            assertThat(health.health(true).getStatus()).isEqualTo(Status.UP);
            assertThat(health.health(true).getDetails()).containsEntry("kind", "embedded")
                    .containsEntry("name", "lighthouse").doesNotContainKey("cause");

            journal.close(); // the file refuses the next write, as a failing disk does
            assertThatThrownBy(() -> people.insertOne(new Document("_id", "b"))).isInstanceOf(MongoException.class);
            assertThatThrownBy(() -> people.insertOne(new Document("_id", "c"))).isInstanceOf(MongoException.class)
                    .hasMessageContaining("restart Lighthouse");

            Health down = health.health(true);
            assertThat(down.getStatus()).isEqualTo(Status.DOWN);
            assertThat(down.getDetails()).containsEntry("kind", "embedded").containsEntry("name", "lighthouse");
            assertThat((String) down.getDetails().get("cause")).contains("refused to write or force the journal")
                    .doesNotContain("/").doesNotContain("lighthouse.journal");
        }
    }

    /** While a rewrite after an erasure fails, erased data is still on file: DEGRADED, and it says so. */
    @Test
    void embeddedIsDegradedWhileErasedDataStaysOnFile() throws Exception {
        try (EmbeddedMongo mongo = EmbeddedMongo.open(data, JournaledBackend.SMALLEST_REWRITE, Duration.ofMillis(10));
                MongoClient client = MongoClients.create(mongo.connectionString())) {
            DatabaseHealth health = embeddedHealth(client, mongo);
            Path taken = Files.createDirectories(data.resolve(Journal.FILE_NAME + ".new"));
            Files.writeString(taken.resolve("keep"), "the name is taken");
            mongo.erased();
            await().atMost(Duration.ofSeconds(10)).until(() -> health.health(true).getStatus(),
                    HealthStatuses.DEGRADED::equals);
            assertThat((String) health.health(true).getDetails().get("cause")).contains("erased").doesNotContain("/");
        }
    }

    /** A MongoDB that answers pings but refuses writes (a secondary, a full disk) is DOWN, named by its error. */
    @Test
    void mongoDbIsDownWhenItRefusesWrites() {
        withMongoDb(new MemoryBackend(), health -> assertThat(health.health(true).getStatus()).isEqualTo(Status.UP));
        withMongoDb(new MemoryBackend() {
            @Override
            public de.bwaldvogel.mongo.bson.Document handleCommand(Channel channel, String database, String command,
                    de.bwaldvogel.mongo.bson.Document query) {
                if (command.equals("update")) {
                    throw new MongoServerError(10107, "NotWritablePrimary", "not primary");
                }
                return super.handleCommand(channel, database, command, query);
            }
        }, health -> {
            Health down = health.health(true);
            assertThat(down.getStatus()).isEqualTo(Status.DOWN);
            assertThat(down.getDetails()).containsEntry("kind", "MongoDB at MONGODB_URI")
                    .containsEntry("cause", "MongoDB refuses writes (NotWritablePrimary)");
        });
    }

    private static DatabaseHealth embeddedHealth(MongoClient client, EmbeddedMongo mongo) {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("embeddedMongo", mongo);
        return new DatabaseHealth(new MongoTemplate(client, "lighthouse"), new DatabaseSettings(null, null, null),
                beans.getBeanProvider(EmbeddedMongo.class));
    }

    private static void withMongoDb(MemoryBackend backend, Consumer<DatabaseHealth> check) {
        MongoServer server = new MongoServer(backend);
        String uri = server.bindAndGetConnectionString();
        try (MongoClient client = MongoClients.create(uri)) {
            check.accept(new DatabaseHealth(new MongoTemplate(client, "lighthouse"), new DatabaseSettings(uri, null,
                    null), new StaticListableBeanFactory().getBeanProvider(EmbeddedMongo.class)));
        } finally {
            server.shutdown();
        }
    }
}
