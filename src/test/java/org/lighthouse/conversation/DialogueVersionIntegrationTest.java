package org.lighthouse.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lighthouse.testing.RunningBot;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Two writers of one dialogue: the second, working from what it read before, fails instead of overwriting. */
class DialogueVersionIntegrationTest {

    @TempDir
    Path data;

    /** A save based on an older version of a dialogue is refused. */
    @Test
    void staleSaveIsRefused() {
        try (RunningBot bot = RunningBot.startWithoutTelegram(data)) {
            Dialogues dialogues = bot.bean(Dialogues.class);
            dialogues.save(Dialogue.start("web:versions", Instant.now()));
            Dialogue first = dialogues.findById("web:versions").orElseThrow();
            Dialogue second = dialogues.findById("web:versions").orElseThrow();
            dialogues.save(first.with(null, "menu", Map.of(), true));
            assertThatThrownBy(() -> dialogues.save(second.with(null, "learn", Map.of(), true)))
                    .isInstanceOf(OptimisticLockingFailureException.class);
            assertThat(dialogues.findById("web:versions").orElseThrow().step()).isEqualTo("menu");
        }
    }

    /** A dialogue stored before dialogues had versions is given one at start, and saves as any other. */
    @Test
    void dialogueFromBeforeVersionsStillSaves() {
        try (RunningBot bot = RunningBot.startWithoutTelegram(data)) {
            MongoTemplate mongo = bot.bean(MongoTemplate.class);
            mongo.insert(new Document("_id", "web:old").append("step", "menu")
                    .append("slots", new Document()).append("lastSeq", 123456789L).append("active", true)
                    .append("firstSeen", java.util.Date.from(Instant.now()))
                    .append("lastSeen", java.util.Date.from(Instant.now())), "dialogues");
            // as an earlier version left its database: no note that the versions were stamped
            mongo.dropCollection("migrations");
        }
        try (RunningBot bot = RunningBot.startWithoutTelegram(data)) {
            Dialogues dialogues = bot.bean(Dialogues.class);
            Dialogue old = dialogues.findById("web:old").orElseThrow();
            assertThat(old.lastEvent()).isZero();
            dialogues.save(old.with(null, "learn", Map.of(), true));
            assertThat(dialogues.findById("web:old").orElseThrow().step()).isEqualTo("learn");
        }
    }
}
