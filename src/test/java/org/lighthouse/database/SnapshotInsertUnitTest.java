package org.lighthouse.database;

import static org.assertj.core.api.Assertions.assertThat;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** At start a snapshot's documents are taken as they are encoded, and only their indexed fields decoded. */
class SnapshotInsertUnitTest {

    private static final Document HOA = new Document("_id", "tg:1").append("name", "Nguyễn Thị Hoa 🌸")
            .append("age", 17).append("seq", 1234567890123L).append("score", 0.75).append("active", true)
            .append("left", null).append("at", Instant.parse("2026-11-23T10:00:00Z"))
            .append("slots", new Document("lesson", "sm-2")).append("tags", List.of("a", 1))
            .append("ref", new ObjectId()).append("chat", "tg:1");

    @Test
    void aSnapshotsInsertGivesEachDocumentAsItIsEncoded() {
        Document other = new Document("_id", 2).append("chat", "tg:2");
        byte[] record = encode(Snapshot.record("lighthouse", "insert", new Document("insert", "dialogues")
                .append("documents", List.of(HOA, other))));

        SnapshotInsert insert = SnapshotInsert.read(record).orElseThrow();

        assertThat(insert.database()).isEqualTo("lighthouse");
        assertThat(insert.collection()).isEqualTo("dialogues");
        assertThat(insert.documents()).containsExactly(encode(HOA), encode(other));
    }

    /** A write's record ends with its outcome, and an insert the driver sent carries more than its documents. */
    @Test
    void aWritesRecordIsLeftToReplay() {
        Document query = new Document("insert", "dialogues").append("documents", List.of(HOA));
        byte[] write = encode(Snapshot.record("lighthouse", "insert", query).append(Journal.OUTCOME, false));
        byte[] driven = encode(Snapshot.record("lighthouse", "insert", new Document("insert", "dialogues")
                .append("ordered", true).append("documents", List.of(HOA))));
        byte[] update = encode(Snapshot.record("lighthouse", "update", query));

        assertThat(SnapshotInsert.read(write)).isEmpty();
        assertThat(SnapshotInsert.read(driven)).isEmpty();
        assertThat(SnapshotInsert.read(update)).isEmpty();
    }

    @Test
    void onlyTheNamedFieldsAreDecoded() {
        Document fields = SnapshotInsert.fields(encode(HOA), Set.of("_id", "chat", "slots", "absent"));

        assertThat(fields).isEqualTo(new Document("_id", "tg:1").append("slots", new Document("lesson", "sm-2"))
                .append("chat", "tg:1"));
    }

    private static byte[] encode(Document document) {
        ByteBuf bson = Unpooled.buffer();
        Journal.Record.of(document).writeTo(bson);
        return ByteBufUtil.getBytes(bson);
    }
}
