package org.lighthouse.database;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.bson.Document;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded database's non-unique indexes narrow a search and never change its answer: through the driver, an
 * indexed collection answers every query as a twin without indexes does, before and after a restart.
 */
class SecondaryIndexIntegrationTest {

    private static final List<Bson> QUERIES = List.of(
            Filters.eq("chat", "tg:1"),
            Filters.eq("chat", "tg:2"),
            Filters.eq("chat", "tg:9"),
            Filters.and(Filters.eq("chat", "tg:1"), Filters.ne("status", "CLOSED")),
            new org.bson.Document("chat", "tg:1").append("status", new org.bson.Document("$ne", "CLOSED")),
            Filters.in("chat", "tg:1", "tg:3"),
            Filters.in("chat", "tg:9"),
            Filters.in("chat", "tg:2", null),
            Filters.in("chat", "tg:1", 7),
            Filters.and(Filters.in("chat", "tg:1", "tg:2"), Filters.eq("status", "OPEN")),
            Filters.and(Filters.in("status", "OPEN", "NEW"), Filters.eq("chat", "tg:1")),
            Filters.eq("chat", null),
            Filters.exists("chat", false),
            Filters.eq("chat", 7),
            Filters.regex("chat", "^tg:"),
            Filters.eq("status", "OPEN"),
            Filters.and(Filters.eq("status", "CLOSED"), Filters.eq("chat", "tg:3")),
            Filters.or(Filters.eq("chat", "tg:1"), Filters.eq("chat", "tg:3")));

    @TempDir
    Path data;

    @Test
    void answersEveryQueryAsACollectionWithoutIndexes() {
        both(cases -> {
            cases.insertMany(List.of(aCase("a", "tg:1", "CLOSED"), aCase("b", "tg:1", "OPEN"),
                    aCase("c", "tg:2", "OPEN"), aCase("d", "tg:3", "CLOSED"), aCase("e", "tg:1", "CLOSED"),
                    new org.bson.Document("_id", "f").append("status", "OPEN"),
                    new org.bson.Document("_id", "g").append("chat", null),
                    new org.bson.Document("_id", "h").append("chat", List.of("tg:2", "tg:1")),
                    new org.bson.Document("_id", "i").append("chat", 7).append("status", "OPEN"),
                    new org.bson.Document("_id", null).append("chat", "tg:1").append("status", "OPEN")));
        });
        assertSameAnswers();

        both(cases -> {
            cases.updateOne(Filters.eq("_id", "b"), Updates.set("status", "CLOSED"));
            cases.updateOne(Filters.eq("_id", "c"), Updates.set("chat", "tg:1"));
            cases.updateOne(Filters.eq("_id", "e"), Updates.unset("chat"));
            cases.updateOne(Filters.eq("_id", "f"), Updates.set("chat", "tg:3"));
            cases.replaceOne(Filters.eq("_id", "h"), aCase("h", "tg:2", "OPEN"));
            cases.deleteOne(Filters.eq("_id", "a"));
            cases.insertOne(aCase("j", "tg:1", "OPEN"));
            cases.updateMany(Filters.eq("chat", "tg:3"), Updates.set("chat", "tg:2"));
            cases.deleteMany(Filters.eq("status", "CLOSED"));
        });
        assertSameAnswers();
    }

    /**
     * Positions filed in and out in any order, many under one text (as the outbox's sent messages are), come back as a
     * sorted set would give them.
     */
    @Test
    void keepsThePositionsOfEachTextAsASortedSetWould() {
        SecondaryIndex index = (SecondaryIndex) SecondaryIndex.forKeys("status_1", List.of(new IndexKey("status",
                true))).orElseThrow();
        Map<String, TreeSet<Integer>> expected = new HashMap<>();
        Random random = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            String text = random.nextInt(10) < 8 ? "SENT" : "PENDING-" + random.nextInt(3);
            int position = random.nextInt(3_000);
            Document document = new Document("status", text);
            if (random.nextInt(3) == 0) {
                index.remove(document, position);
                expected.computeIfAbsent(text, t -> new TreeSet<>()).remove(position);
            } else {
                index.add(document, position, null);
                expected.computeIfAbsent(text, t -> new TreeSet<>()).add(position);
            }
        }
        expected.forEach((text, positions) -> assertThat(index.getPositions(new Document("status", text)))
                .as(text).containsExactlyElementsOf(positions));
        assertThat(index.getCount()).isEqualTo(expected.values().stream().mapToInt(Set::size).sum());
    }

    /** The index answers only what it can: its first field equal to a text or one of texts, at the top or in $and. */
    @Test
    void narrowsOnlyByAFieldEqualToAText() {
        SecondaryIndex index = (SecondaryIndex) SecondaryIndex.forKeys("chat_1", List.of(new IndexKey("chat", true)))
                .orElseThrow();
        index.add(new Document("_id", "a").append("chat", "tg:1"), 0, null);
        index.add(new Document("_id", "b").append("chat", "tg:2"), 1, null);
        index.add(new Document("_id", "c").append("chat", List.of("tg:1")), 2, null);
        index.add(new Document("_id", "d"), 3, null);

        assertThat(index.getPositions(new Document("chat", "tg:1"))).containsExactly(0, 2);
        assertThat(index.getPositions(new Document("$and", List.of(new Document("chat", "tg:2"))))).containsExactly(1, 2);
        assertThat(index.getPositions(new Document("chat", new Document("$in", List.of("tg:2", "tg:1")))))
                .containsExactly(0, 1, 2);
        assertThat(index.canHandle(new Document("chat", new Document("$in", Arrays.asList("tg:1", null))))).isFalse();
        assertThat(index.canHandle(new Document("chat", new Document("$in", List.of("tg:1")).append("$ne", "tg:2"))))
                .isFalse();
        assertThat(index.canHandle(new Document("chat", null))).isFalse();
        assertThat(index.canHandle(new Document("other", "tg:1"))).isFalse();
        assertThat(SecondaryIndex.forKeys("a.b_1", List.of(new IndexKey("a.b", true)))).isEmpty();

        index.remove(new Document("_id", "a").append("chat", "tg:1"), 0);
        assertThat(index.getPositions(new Document("chat", "tg:1"))).containsExactly(2);
        assertThat(index.getCount()).isEqualTo(2);
    }

    /**
     * A query that names an id among other conditions (an optimistic save: id and version) is answered from the id
     * index, exactly as the same conditions are when the server must scan ({@code $and} of each).
     */
    @Test
    void idAmongOtherConditionsIsFoundAsAScanFindsIt() {
        database(db -> {
            MongoCollection<org.bson.Document> cases = db.getCollection("versioned");
            for (int i = 0; i < 50; i++) {
                cases.insertOne(aCase("c" + i, "tg:" + i % 3, i % 2 == 0 ? "OPEN" : "CLOSED").append("version", i % 4));
            }
            cases.insertOne(new org.bson.Document("_id", null).append("chat", "tg:1").append("version", 0));
            List<org.bson.Document> queries = List.of(
                    new org.bson.Document("_id", "c4").append("version", 0),
                    new org.bson.Document("_id", "c4").append("version", 1),
                    new org.bson.Document("_id", "c5").append("status", "CLOSED").append("chat", "tg:2"),
                    new org.bson.Document("_id", new org.bson.Document("$in", List.of("c1", "c2", "c3")))
                            .append("status", "OPEN"),
                    new org.bson.Document("_id", new org.bson.Document("$ne", "c1")).append("version", 3),
                    new org.bson.Document("_id", null).append("chat", "tg:1"),
                    new org.bson.Document("_id", "nope").append("version", 0));
            for (org.bson.Document query : queries) {
                List<org.bson.Document> parts = query.entrySet().stream()
                        .map(e -> new org.bson.Document(e.getKey(), e.getValue())).toList();
                assertThat(ids(cases, query)).as(query.toJson())
                        .isEqualTo(ids(cases, new org.bson.Document("$and", parts)));
            }
            assertThat(cases.updateOne(new org.bson.Document("_id", "c4").append("version", 0),
                    Updates.set("version", 1)).getModifiedCount()).isEqualTo(1);
            assertThat(cases.updateOne(new org.bson.Document("_id", "c4").append("version", 0),
                    Updates.set("version", 1)).getModifiedCount()).isZero();
        });
        IdIndex index = new IdIndex("_id_", List.of(new IndexKey("_id", true)), false);
        assertThat(index.canHandle(new Document("_id", "c4").append("version", 3))).isTrue();
        assertThat(index.canHandle(new Document("version", 3))).isFalse();
        assertThat(index.canHandle(new Document("_id", new Document("$ne", "c4")).append("version", 3))).isFalse();
    }

    private void assertSameAnswers() {
        for (int start = 0; start < 2; start++) { // and again after a restart, from the journal
            database(db -> {
                for (Bson query : QUERIES) {
                    assertThat(ids(db.getCollection("indexed"), query)).as(query.toString())
                            .isEqualTo(ids(db.getCollection("plain"), query));
                }
                assertThat(ids(db.getCollection("indexed"), Filters.eq("chat", "tg:1"))).isNotEmpty();
            });
        }
    }

    private static List<String> ids(MongoCollection<org.bson.Document> cases, Bson query) {
        List<String> natural = cases.find(query).map(d -> d.getString("_id")).into(new ArrayList<>());
        List<String> sorted = cases.find(query).sort(Sorts.descending("status")).map(d -> d.getString("_id"))
                .into(new ArrayList<>());
        natural.add("|");
        natural.addAll(sorted);
        return natural;
    }

    /** The same work on an indexed collection and on one without indexes. */
    private void both(Consumer<MongoCollection<org.bson.Document>> work) {
        database(db -> {
            MongoCollection<org.bson.Document> indexed = db.getCollection("indexed");
            indexed.createIndex(Indexes.ascending("chat"));
            indexed.createIndex(Indexes.compoundIndex(Indexes.ascending("status"), Indexes.descending("openedAt")));
            work.accept(indexed);
            work.accept(db.getCollection("plain"));
        });
    }

    private void database(Consumer<MongoDatabase> work) {
        try (EmbeddedMongo mongo = EmbeddedMongo.open(data, JournaledBackend.SMALLEST_REWRITE,
                DatabaseSettings.ERASURE_REWRITE_DELAY);
                MongoClient client = MongoClients.create(mongo.connectionString())) {
            work.accept(client.getDatabase("lighthouse"));
        }
    }

    private static org.bson.Document aCase(String id, String chat, String status) {
        return new org.bson.Document("_id", id).append("chat", chat).append("status", status);
    }
}
