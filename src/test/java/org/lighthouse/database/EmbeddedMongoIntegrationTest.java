package org.lighthouse.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.mongodb.MongoException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.bson.BsonMaximumSizeExceededException;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.codecs.DocumentCodec;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lighthouse.shared.ConfigurationProblem;

/** The embedded database keeps what it acknowledged across restarts, through the real driver over its socket. */
class EmbeddedMongoIntegrationTest {

    @TempDir
    Path data;
    @TempDir
    Path elsewhere;

    @Test
    void keepsInsertsUpdatesDeletesAndIndexesAcrossRestarts() {
        session(people -> {
            people.createIndex(Indexes.ascending("name"), new IndexOptions().unique(true));
            people.insertMany(List.of(person("a", "An"), person("b", "Binh"), person("c", "Chi")));
            people.updateOne(Filters.eq("_id", "a"), Updates.set("lessons", 3));
            people.deleteOne(Filters.eq("_id", "c"));
            people.insertOne(new Document("name", "Dung"));
        });
        session(people -> {
            assertThat(names(people)).containsExactly("An", "Binh", "Dung");
            assertThat(people.find(Filters.eq("_id", "a")).first()).containsEntry("lessons", 3);
            assertThatThrownBy(() -> people.insertOne(person("e", "Binh"))).isInstanceOf(MongoWriteException.class);
        });
    }

    @Test
    void rewritesTheJournalAsASnapshotAtStartAfterACrash() throws IOException {
        crashedSession(people -> {
            people.insertOne(person("a", "An"));
            IntStream.range(0, 2000).forEach(i -> people.updateOne(Filters.eq("_id", "a"), Updates.set("n", i)));
        });
        long grown = Files.size(journal());
        session(people -> assertThat(people.find().first()).containsEntry("n", 1999));
        assertThat(Files.size(journal())).isLessThan(grown / 100);
    }

    /**
     * A clean stop leaves the journal as a snapshot, which the next start loads as it is: at 100,000 users a replay of
     * every write and a rewrite at start took seconds.
     */
    @Test
    void aCleanStopLeavesASnapshotThatTheNextStartLoadsWithoutRewriting() throws IOException {
        long[] grown = new long[1];
        session(people -> {
            people.insertOne(person("a", "An"));
            IntStream.range(0, 2000).forEach(i -> people.updateOne(Filters.eq("_id", "a"), Updates.set("n", i)));
            grown[0] = size(journal());
        });
        assertThat(Files.size(journal())).isLessThan(grown[0] / 100);
        Object stopped = fileKey(journal());
        session(people -> assertThat(people.find().first()).containsEntry("n", 1999));
        assertThat(fileKey(journal())).as("the same file, not a rewritten one").isEqualTo(stopped);
    }

    /** Rewrites while writers keep writing lose nothing: every write is in the data before and after a restart. */
    @Test
    void rewritingTheJournalWhileWritingLosesNothing() throws Exception {
        int writers = 8;
        int writesEach = 300;
        database(32 << 10, db -> {
            MongoCollection<Document> people = db.getCollection("people");
            ExecutorService pool = Executors.newFixedThreadPool(writers);
            List<Future<?>> done = IntStream.range(0, writers).<Future<?>>mapToObj(w -> pool.submit(() -> {
                for (int i = 0; i < writesEach; i++) {
                    people.insertOne(person(w + "-" + i, "P" + i));
                    people.updateOne(Filters.eq("_id", w + "-" + i), Updates.set("n", i));
                    people.deleteOne(Filters.eq("_id", w + "-" + (i - 1)));
                }
            })).toList();
            for (Future<?> f : done) {
                f.get();
            }
            pool.shutdown();
            assertThat(people.countDocuments()).isEqualTo(writers);
        });
        assertThat(Files.size(journal())).isLessThan(32 << 10);
        session(people -> {
            assertThat(people.countDocuments()).isEqualTo(writers);
            assertThat(people.find().map(d -> d.getInteger("n")).into(new java.util.ArrayList<>()))
                    .containsOnly(writesEach - 1);
        });
    }

    /** A snapshot of more data than one record may hold is split, and reads back at every later start. */
    @Test
    void snapshotsOfManyLargeDocumentsReadBack() {
        String text = "x".repeat(60_000);
        session(people -> people.insertMany(IntStream.range(0, 400)
                .mapToObj(i -> new Document("_id", i).append("text", text)).toList()));
        session(people -> assertThat(people.countDocuments()).isEqualTo(400));
        session(people -> assertThat(people.countDocuments()).isEqualTo(400));
    }

    /** A malformed write fails for its sender and is journalled as failed; it does not stop a later start. */
    @Test
    void aMalformedWriteDoesNotStopTheNextStart() throws Exception {
        database(JournaledBackend.SMALLEST_REWRITE, db -> {
            db.getCollection("people").insertOne(person("a", "An"));
            assertThatThrownBy(() -> db.runCommand(new Document("insert", "people")))
                    .isInstanceOf(MongoException.class);
            db.getCollection("people").insertOne(person("b", "Binh"));
        });
        session(people -> assertThat(names(people)).containsExactly("An", "Binh"));
        session(people -> assertThat(names(people)).containsExactly("An", "Binh"));
    }

    /**
     * A write the journal cannot hold is refused alone, before it changes anything: a document small enough for the
     * driver whose record is just over what replay can read, an update as large; the driver itself refuses a document
     * over 16 MB. The writes around them are acknowledged, and a restart replays exactly those.
     */
    @Test
    void refusesAWriteTheJournalCannotHoldAndGoesOn() {
        int limit = Journal.MAX_RECORD;
        session(people -> {
            people.insertOne(person("a", "An"));
            assertThatThrownBy(() -> people.insertOne(sized("over", limit - 100)))
                    .isInstanceOf(MongoException.class)
                    .hasMessageContaining("too large for the embedded database's journal")
                    .hasMessageContaining("nothing was written");
            people.insertOne(person("b", "Binh"));
            assertThatThrownBy(() -> people.updateOne(Filters.eq("_id", "a"), Updates.set("text", "x".repeat(
                    limit - 100)))).isInstanceOf(MongoException.class).hasMessageContaining("too large");
            assertThatThrownBy(() -> people.insertOne(sized("huge", limit + 1000)))
                    .isInstanceOf(BsonMaximumSizeExceededException.class);
            people.insertOne(sized("fits", limit - 1000));
            people.updateOne(Filters.eq("_id", "a"), Updates.set("lessons", 1));
            assertThat(ids(people)).containsExactly("a", "b", "fits");
        });
        session(people -> {
            assertThat(ids(people)).containsExactly("a", "b", "fits");
            assertThat(people.find(Filters.eq("_id", "a")).first()).containsEntry("lessons", 1)
                    .doesNotContainKey("text");
        });
    }

    /** A document sent without an id gets its id before the write is journalled, so a restart keeps that id. */
    @Test
    void keepsTheIdTheServerGaveANewDocument() throws Exception {
        Object[] id = new Object[1];
        database(JournaledBackend.SMALLEST_REWRITE, db -> {
            db.runCommand(new Document("insert", "people").append("documents", List.of(new Document("name", "An"))));
            id[0] = db.getCollection("people").find().first().get("_id");
        });
        session(people -> assertThat(people.find().first().get("_id")).isEqualTo(id[0]));
    }

    /** When the journal cannot be rewritten (here: its new file's name is taken), writes go on into it as it is. */
    @Test
    void goesOnWithTheJournalWhenItCannotBeRewritten() throws Exception {
        session(people -> people.insertOne(person("a", "An")));
        Files.write(journal(), new byte[] {0, 0, 1, 0, 7, 7, 7}, StandardOpenOption.APPEND);
        Path taken = Files.createDirectories(data.resolve(Journal.FILE_NAME + ".new"));
        Files.writeString(taken.resolve("keep"), "the name is taken");
        database(4 << 10, db -> {
            MongoCollection<Document> people = db.getCollection("people");
            IntStream.range(0, 200).forEach(i -> people.updateOne(Filters.eq("_id", "a"), Updates.set("n", i)));
            people.insertOne(person("b", "Binh"));
        });
        Files.delete(taken.resolve("keep"));
        Files.delete(taken);
        session(people -> {
            assertThat(names(people)).containsExactly("An", "Binh");
            assertThat(people.find(Filters.eq("_id", "a")).first()).containsEntry("n", 199);
        });
    }

    @Test
    void leavesOutARecordCutShortByACrash() throws IOException {
        session(people -> people.insertOne(person("a", "An")));
        Files.write(journal(), new byte[] {0, 0, 1, 0, 7, 7, 7, 7, 1, 2, 3}, StandardOpenOption.APPEND);
        session(people -> {
            assertThat(names(people)).containsExactly("An");
            people.insertOne(person("b", "Binh"));
        });
        session(people -> assertThat(names(people)).containsExactly("An", "Binh"));
    }

    @Test
    void keepsADamagedJournalAsideAndStartsFromWhatItCouldRead() throws IOException {
        crashedSession(people -> {
            people.insertOne(person("a", "An"));
            people.insertOne(person("b", "Binh"));
        });
        byte[] bytes = Files.readAllBytes(journal());
        bytes[bytes.length - 20] ^= 0x55;
        Files.write(journal(), bytes);
        session(people -> assertThat(names(people)).containsExactly("An"));
        try (Stream<Path> files = Files.list(data)) {
            assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.contains(".damaged-"));
        }
    }

    /**
     * After an erasure, no file keeps the deleted data: the journal is rewritten, and the copies beside it (of a
     * damaged journal, of an earlier version's file) are deleted; what was not deleted stays.
     */
    @Test
    void keepsNoCopyOfDeletedDataAfterAnErasure() throws IOException {
        String words = "Zephyrine khâu chăn ở Quỳnh Nhai";
        crashedSession(people -> {
            people.insertOne(person("a", "An"));
            people.insertOne(person("w", words));
            people.insertOne(person("b", "Binh"));
        });
        byte[] bytes = Files.readAllBytes(journal());
        bytes[bytes.length - 20] ^= 0x55;
        Files.write(journal(), bytes);
        Files.writeString(data.resolve(LegacyH2File.MIGRATED), words);
        try (EmbeddedMongo mongo = EmbeddedMongo.open(data, JournaledBackend.SMALLEST_REWRITE, Duration.ofMillis(50));
                MongoClient client = MongoClients.create(mongo.connectionString())) {
            MongoCollection<Document> people = client.getDatabase("lighthouse").getCollection("people");
            assertThat(DataDirectory.filesHolding(data, words)).hasSize(3);
            people.deleteOne(Filters.eq("_id", "w"));
            mongo.erased();
            await().atMost(Duration.ofSeconds(10)).until(() -> DataDirectory.filesHolding(data, words).isEmpty());
        }
        try (Stream<Path> files = Files.list(data)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder(Journal.FILE_NAME, "lighthouse.lock");
        }
        session(people -> assertThat(names(people)).containsExactly("An"));
    }

    @Test
    void movesTheDataOfAnEarlierVersionsH2FileIntoTheJournal() {
        MVStore store = new MVStore.Builder().fileName(data.resolve(LegacyH2File.FILE_NAME).toString()).open();
        MongoServer old = new MongoServer(new H2Backend(store));
        try (MongoClient client = MongoClients.create(old.bindAndGetConnectionString())) {
            MongoCollection<Document> people = client.getDatabase("lighthouse").getCollection("people");
            people.createIndex(Indexes.ascending("name"), new IndexOptions().unique(true));
            people.insertMany(List.of(person("a", "An"), person("b", "Binh")));
        } finally {
            old.shutdown();
            store.close();
        }
        session(people -> {
            assertThat(names(people)).containsExactly("An", "Binh");
            assertThatThrownBy(() -> people.insertOne(person("c", "An"))).isInstanceOf(MongoWriteException.class);
        });
        assertThat(data.resolve(LegacyH2File.FILE_NAME)).doesNotExist();
        assertThat(data.resolve(LegacyH2File.MIGRATED)).exists();
        session(people -> assertThat(names(people)).containsExactly("An", "Binh"));
    }

    @Test
    void refusesADataDirectoryInUse() {
        try (EmbeddedMongo first = open(JournaledBackend.SMALLEST_REWRITE)) {
            assertThatThrownBy(() -> open(JournaledBackend.SMALLEST_REWRITE)).isInstanceOf(ConfigurationProblem.class)
                    .hasMessageContaining("is in use").hasMessageContaining("LIGHTHOUSE_DATA_DIR");
        }
    }

    /** Starts the database on {@code data}, lets the work use the people collection, and stops it. */
    /** A rewrite after an erasure still waiting when the database closes keeps everything not erased. */
    @Test
    void anErasureRewriteLeftForTheCloseKeepsTheRest() {
        try (EmbeddedMongo mongo = open(JournaledBackend.SMALLEST_REWRITE);
                MongoClient client = MongoClients.create(mongo.connectionString())) {
            MongoCollection<Document> people = client.getDatabase("lighthouse").getCollection("people");
            people.insertOne(person("a", "An"));
            people.insertOne(person("w", "Zephyrine"));
            people.deleteOne(Filters.eq("_id", "w"));
            mongo.erased();
        }
        session(people -> assertThat(names(people)).containsExactly("An"));
    }

    private void session(Consumer<MongoCollection<Document>> work) {
        try {
            database(JournaledBackend.SMALLEST_REWRITE, db -> work.accept(db.getCollection("people")));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A session that ends as in a crash: the journal is left as the acknowledged writes left it (copied once they are
     * done, while the database still runs), not as the snapshot a clean stop writes.
     */
    private void crashedSession(Consumer<MongoCollection<Document>> work) throws IOException {
        Path crashed = elsewhere.resolve("crashed.journal");
        session(people -> {
            work.accept(people);
            copy(journal(), crashed);
        });
        Files.move(crashed, journal(), StandardCopyOption.REPLACE_EXISTING);
    }

    private static void copy(Path from, Path to) {
        try {
            Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Object fileKey(Path file) throws IOException {
        return Files.readAttributes(file, BasicFileAttributes.class).fileKey();
    }

    /** Starts the database on {@code data}, rewriting its journal past {@code rewriteAbove} bytes, runs the work. */
    private void database(long rewriteAbove, Work work) throws Exception {
        try (EmbeddedMongo mongo = open(rewriteAbove);
                MongoClient client = MongoClients.create(mongo.connectionString())) {
            work.on(client.getDatabase("lighthouse"));
        }
    }

    private EmbeddedMongo open(long rewriteAbove) {
        return EmbeddedMongo.open(data, rewriteAbove, DatabaseSettings.ERASURE_REWRITE_DELAY);
    }

    private interface Work {
        void on(MongoDatabase db) throws Exception;
    }

    private Path journal() {
        return data.resolve(Journal.FILE_NAME);
    }

    private static Document person(String id, String name) {
        return new Document("_id", id).append("name", name);
    }

    /** A document of {@code bytes} bytes as BSON. */
    private static Document sized(String id, int bytes) {
        int empty = new RawBsonDocument(new Document("_id", id).append("text", ""), new DocumentCodec())
                .getByteBuffer().remaining();
        return new Document("_id", id).append("text", "x".repeat(bytes - empty));
    }

    private static List<String> ids(MongoCollection<Document> people) {
        return people.find().map(d -> d.getString("_id")).into(new java.util.ArrayList<>()).stream().sorted().toList();
    }

    private static List<String> names(MongoCollection<Document> people) {
        return people.find().map(d -> d.getString("name")).into(new java.util.ArrayList<>()).stream().sorted()
                .toList();
    }
}
