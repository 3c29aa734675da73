package org.lighthouse.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.function.Consumer;
import org.bson.Document;
import org.bson.types.Binary;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded store keeps documents encoded: what goes in comes out the same, through every kind of write. */
class EncodedCollectionIntegrationTest {

    @TempDir
    Path data;

    /** Every BSON type Lighthouse writes survives storage, an update of another field, and a restart. */
    @Test
    void documentsComeBackAsTheyWereWritten() {
        Document written = new Document("_id", new ObjectId()).append("text", "Chào bạn, tôi ở Hà Giang 🌄")
                .append("int", 42).append("long", 7_000_000_000L).append("double", 0.25).append("flag", true)
                .append("none", null).append("at", new Date(1_780_000_000_000L))
                .append("money", Decimal128.parse("25000000.50")).append("bytes", new Binary(new byte[] {1, 2, 3}))
                .append("nested", new Document("list", List.of("a", new Document("b", 2), List.of(1, 2))));
        store(c -> c.insertOne(written));
        store(c -> assertThat(c.find(Filters.eq("_id", written.get("_id"))).first()).isEqualTo(written));
        store(c -> c.updateOne(Filters.eq("_id", written.get("_id")), Updates.inc("int", 1)));
        store(c -> {
            Document read = c.find().first();
            assertThat(read.getInteger("int")).isEqualTo(43);
            read.remove("int");
            written.remove("int");
            assertThat(read).isEqualTo(written);
        });
    }

    /**
     * Removed documents leave room that later ones take, and the order of a scan (forwards and backwards) and the
     * count stay those of the documents present.
     */
    @Test
    void removalsUpdatesAndOrderKeepTheCollectionTrue() {
        store(c -> {
            for (int i = 0; i < 10; i++) {
                c.insertOne(new Document("_id", "d" + i).append("n", i));
            }
            c.deleteMany(Filters.in("_id", "d2", "d5", "d7"));
            c.insertOne(new Document("_id", "x").append("n", 100));
            c.updateMany(Filters.gte("n", 8), Updates.set("big", true));
            c.findOneAndUpdate(Filters.eq("_id", "d0"), Updates.push("tags", "first"));
            c.replaceOne(Filters.eq("_id", "d1"), new Document("_id", "d1").append("n", -1));
        });
        store(c -> {
            assertThat(c.countDocuments()).isEqualTo(8);
            assertThat(ids(c.find().sort(Sorts.ascending("n")))).containsExactly("d1", "d0", "d3", "d4", "d6", "d8",
                    "d9", "x");
            List<String> natural = ids(c.find());
            List<String> backwards = ids(c.find().sort(new Document("$natural", -1)));
            Collections.reverse(backwards);
            assertThat(backwards).isEqualTo(natural);
            assertThat(ids(c.find(Filters.eq("big", true)))).containsExactlyInAnyOrder("d8", "d9", "x");
            assertThat(c.find(Filters.eq("_id", "d0")).first().getList("tags", String.class)).containsExactly("first");
        });
    }

    /**
     * A restart loads the snapshot's documents as they are encoded: the indexes still find them, by id, by a secondary
     * field and by a nested one, and a unique index still refuses a second document with its key.
     */
    @Test
    void aRestartedStoreFindsThroughItsIndexesAndKeepsThemUnique() {
        store(c -> {
            c.createIndex(new Document("chat", 1));
            c.createIndex(new Document("slots.lesson", 1));
            c.createIndex(new Document("code", 1), new IndexOptions().unique(true));
            for (int i = 0; i < 20; i++) {
                c.insertOne(new Document("_id", "d" + i).append("chat", "tg:" + i % 4).append("code", "c" + i)
                        .append("slots", new Document("lesson", "sm-" + i % 3)).append("text", "việc làm " + i));
            }
        });
        store(c -> { });
        store(c -> {
            assertThat(c.find(Filters.eq("_id", "d7")).first().getString("text")).isEqualTo("việc làm 7");
            assertThat(ids(c.find(Filters.eq("chat", "tg:3")))).containsExactly("d3", "d7", "d11", "d15", "d19");
            assertThat(ids(c.find(Filters.eq("slots.lesson", "sm-2")))).hasSize(6).contains("d2", "d17");
            assertThatThrownBy(() -> c.insertOne(new Document("_id", "new").append("code", "c5")))
                    .isInstanceOf(MongoWriteException.class);
            c.deleteOne(Filters.eq("chat", "tg:0"));
            assertThat(c.countDocuments(Filters.eq("chat", "tg:0"))).isEqualTo(4);
        });
    }

    private static List<String> ids(Iterable<Document> documents) {
        List<String> ids = new ArrayList<>();
        documents.forEach(d -> ids.add(d.getString("_id")));
        return ids;
    }

    /** Opens the store in the data directory, works on one collection, and closes it (so each call is a restart). */
    private void store(Consumer<MongoCollection<Document>> work) {
        try (EmbeddedMongo mongo = EmbeddedMongo.open(data, JournaledBackend.SMALLEST_REWRITE,
                DatabaseSettings.ERASURE_REWRITE_DELAY);
                MongoClient client = MongoClients.create(mongo.connectionString())) {
            work.accept(client.getDatabase("lighthouse").getCollection("things"));
        }
    }
}
