package org.lighthouse.benchplugin;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.Profile;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Bench only (profile {@code bench}, loaded with {@code -Dloader.path}, never in the jar): before the bot starts taking
 * updates, fills its database with {@code BENCH_FILL_USERS} users in the shapes the bot writes, through its own driver:
 * per user a dialogue and a learner's progress through one to three lessons, 1.2 quiz attempts of four answers; every
 * 50th user a closed case with a short transcript, every 10th a class membership. The chats are far from the load's.
 */
@Component
@Profile("bench")
class UserFill implements InitializingBean {

    static final long FIRST_CHAT = 7_000_000_000L;
    private static final Logger log = LoggerFactory.getLogger(UserFill.class);
    private static final int BATCH = 1000;

    private final MongoTemplate mongo;

    UserFill(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Runs while the context is built, before the pollers start: the load then meets a store already full. */
    @Override
    public void afterPropertiesSet() {
        int users = Integer.parseInt(System.getenv().getOrDefault("BENCH_FILL_USERS", "0"));
        if (users == 0) {
            return;
        }
        long start = System.nanoTime();
        Map<String, List<Document>> batches = Map.of("dialogues", new ArrayList<>(), "progress", new ArrayList<>(),
                "quiz_attempts", new ArrayList<>(), "cases", new ArrayList<>(), "class_members", new ArrayList<>());
        Date now = new Date();
        for (int i = 0; i < users; i++) {
            String chat = "tg:" + (FIRST_CHAT + i);
            batches.get("dialogues").add(dialogue(chat, i, now));
            batches.get("progress").add(progress(chat, i, now));
            for (int a = 0; a < (i % 5 == 0 ? 2 : 1); a++) {
                batches.get("quiz_attempts").add(attempt(chat, now));
            }
            if (i % 50 == 0) {
                batches.get("cases").add(closedCase(chat, i, now));
            }
            if (i % 10 == 0) {
                batches.get("class_members").add(new Document("_id", "BENCH" + i / 300 + ":" + chat)
                        .append("classId", "BENCH" + i / 300).append("student", chat).append("name", "Học sinh " + i)
                        .append("language", "VI").append("joinedAt", now));
            }
            if ((i + 1) % BATCH == 0 || i == users - 1) {
                batches.forEach((collection, documents) -> {
                    if (!documents.isEmpty()) {
                        mongo.getCollection(collection).insertMany(documents);
                        documents.clear();
                    }
                });
            }
        }
        log.info("bench: {} users filled in {} ms", users, (System.nanoTime() - start) / 1_000_000);
    }

    private static Document dialogue(String chat, int i, Date now) {
        return new Document("_id", chat).append("language", i % 3 == 0 ? "HMN" : "VI").append("step", "menu")
                .append("slots", new Document("lesson", "sm-" + (i % 5 + 1)).append("card", "2"))
                .append("lastEvent", 100L + i).append("active", true).append("firstSeen", now).append("lastSeen", now)
                .append("readAloud", false).append("version", 12L)
                .append("_class", "org.lighthouse.conversation.Dialogue");
    }

    private static Document progress(String chat, int i, Date now) {
        Document lessons = new Document();
        for (int l = 1; l <= 1 + i % 3; l++) {
            lessons.append("sm-" + l, new Document("startedAt", now).append("completedAt", now).append("bestScore", 3)
                    .append("total", 4).append("attempts", 1));
        }
        return new Document("_id", chat).append("lessons", lessons)
                .append("place", new Document("lessonId", "sm-2").append("stage", "CARD").append("index", 1)
                        .append("answered", false))
                .append("reviews", List.of(new Document("lessonId", "sm-1").append("questionId", "q2").append("box", 1)
                        .append("due", now)))
                .append("updatedAt", now).append("version", 5L)
                .append("_class", "org.lighthouse.learning.LearnerProgress");
    }

    private static Document attempt(String chat, Date now) {
        List<Document> answers = new ArrayList<>();
        for (int q = 1; q <= 4; q++) {
            answers.add(new Document("questionId", "q" + q).append("chosen", q % 3).append("correct", q != 2)
                    .append("at", now));
        }
        return new Document("_id", new ObjectId()).append("learner", chat).append("lessonId", "sm-1")
                .append("answers", answers).append("startedAt", now).append("review", false)
                .append("_class", "org.lighthouse.learning.QuizAttempt");
    }

    private static Document closedCase(String chat, int i, Date now) {
        List<Document> transcript = List.of(
                new Document("from", "person").append("text", "Em cần giúp, họ giữ giấy tờ của em").append("at", now),
                new Document("from", "Hoa").append("text", "Chị Hoa đây, em đang ở đâu?").append("at", now));
        return new Document("_id", "C-BENCH" + i).append("event", "bench:" + i).append("chat", chat)
                .append("person", "bench person").append("level", "CONCERN").append("trigger", "TRIAGE")
                .append("context", "").append("language", "VI").append("transcript", transcript)
                .append("status", "CLOSED").append("assignee", "990000001").append("notes", List.of())
                .append("outcome", "REFERRED").append("referral", "HOTLINE_111")
                .append("history", List.of(new Document("status", "CLOSED").append("by", "990000001")
                        .append("at", now)))
                .append("openedAt", now).append("alertedAt", now).append("alerts", 1).append("userLeft", false)
                .append("personGone", false).append("deliveries", new Document())
                .append("_class", "org.lighthouse.safety.SafetyCase");
    }
}
