package org.lighthouse.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.lighthouse.testing.MemoryMongo;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.MongoTemplate;

class VersionsUnitTest {

    record Note(String id, @Version Long version) {
    }

    @Test
    void documentsStoredBeforeVersionsGetOneOnceAndLaterStartsDoNotSearchAgain() {
        try (MemoryMongo memory = new MemoryMongo()) {
            MongoTemplate mongo = memory.template();
            mongo.insert(new Document("_id", "old"), "note");

            Versions.stampUnversioned(mongo, Note.class);
            // written without a version after the stamping: only a second search would find it
            mongo.insert(new Document("_id", "later"), "note");
            Versions.stampUnversioned(mongo, Note.class);

            assertThat(mongo.findById("old", Document.class, "note")).containsEntry("version", 0L);
            assertThat(mongo.findById("later", Document.class, "note")).doesNotContainKey("version");
            assertThat(mongo.findById("old", Note.class)).isEqualTo(new Note("old", 0L));
        }
    }
}
