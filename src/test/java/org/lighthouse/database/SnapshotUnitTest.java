package org.lighthouse.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.AbstractMongoBackend;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The snapshot writes its insert records itself, around documents it encoded once. */
class SnapshotUnitTest {

    /** Every kind of value the bot stores, in records byte for byte as the BSON encoder writes them. */
    @Test
    void insertRecordsAreWhatTheEncoderWrites() {
        List<Document> people = List.of(
                new Document("_id", "tg:1").append("name", "Nguyễn Thị Hoa 🌸").append("age", 17)
                        .append("seq", 1234567890123L).append("score", 0.75).append("active", true)
                        .append("left", null).append("at", Instant.parse("2026-11-23T10:00:00Z")),
                new Document("_id", "tg:2").append("slots", new Document("shared", "việc làm lương cao"))
                        .append("reviews", List.of(new Document("q", 1).append("due", "2026-12-01"), "x", 3)),
                new Document("_id", "tg:3"));
        List<byte[]> records = snapshotOf("people", people);

        assertThat(records).hasSize(3);
        assertThat(records.get(1)).isEqualTo(expectedInsert("people", people));
        assertThat(BsonDecoder.decodeBson(Unpooled.wrappedBuffer(records.get(2)))).containsEntry("command",
                Snapshot.END);
    }

    /** Documents beyond a record's share are split over several records, each whole and in order. */
    @Test
    void largeCollectionsAreSplitAcrossRecords() {
        String text = "x".repeat(1_500_000);
        List<Document> pages = IntStream.range(0, 5).mapToObj(i -> new Document("_id", i).append("text", text))
                .toList();
        List<byte[]> records = snapshotOf("pages", pages);

        assertThat(records).hasSize(5);
        assertThat(records.get(1)).isEqualTo(expectedInsert("pages", pages.subList(0, 2)));
        assertThat(records.get(2)).isEqualTo(expectedInsert("pages", pages.subList(2, 4)));
        assertThat(records.get(3)).isEqualTo(expectedInsert("pages", pages.subList(4, 5)));
    }

    /**
     * The records of one collection share a buffer: a record kept and written after the next batch began fails
     * instead of writing that batch's documents.
     */
    @Test
    void aRecordWrittenLateFailsRatherThanWriteOtherDocuments() {
        String text = "x".repeat(1_500_000);
        List<Document> pages = IntStream.range(0, 5).mapToObj(i -> new Document("_id", i).append("text", text))
                .toList();
        List<Journal.Record> kept = new ArrayList<>();
        Snapshot.of(backendWith("pages", pages)).accept(kept::add);

        assertThatThrownBy(() -> bytes(kept.get(1))).isInstanceOf(IllegalStateException.class);
        assertThat(bytes(kept.get(3))).isEqualTo(expectedInsert("pages", pages.subList(4, 5)));
    }

    private static List<byte[]> snapshotOf(String collection, List<Document> documents) {
        List<byte[]> records = new ArrayList<>();
        Snapshot.of(backendWith(collection, documents)).accept(record -> records.add(bytes(record)));
        return records;
    }

    private static AbstractMongoBackend backendWith(String collection, List<Document> documents) {
        AbstractMongoBackend backend = new AbstractMongoBackend() {
            @Override
            protected MongoDatabase openOrCreateDatabase(String name) {
                return new IndexedMemoryDatabase(name, getCursorRegistry());
            }
        };
        Snapshot.withChannel(backend, channel -> backend.handleCommand(channel, "lighthouse", "insert",
                new Document("insert", collection).append("documents", new ArrayList<>(documents))));
        return backend;
    }

    private static byte[] bytes(Journal.Record record) {
        ByteBuf bson = Unpooled.buffer();
        record.writeTo(bson);
        return ByteBufUtil.getBytes(bson);
    }

    private static byte[] expectedInsert(String collection, List<Document> documents) {
        ByteBuf bson = Unpooled.buffer();
        BsonEncoder.encodeDocument(Snapshot.record("lighthouse", "insert", new Document("insert", collection)
                .append("documents", documents)), bson);
        return ByteBufUtil.getBytes(bson);
    }
}
