package org.lighthouse.database;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.bson.types.ObjectId;

/**
 * What the embedded store costs per user. {@code fill <users> <dir>} fills a store in {@code dir} through the driver
 * with users in the shapes the bot writes (a dialogue, a learner's progress through a few lessons, about 1.2 quiz
 * attempts) and prints the heap it holds after a full collection, per user; {@code open <dir>}, in a JVM of its own as
 * at a start, opens that store from its journal and prints the time it took and the heap held.
 * {@code java -Xmx512m -cp <test classpath> org.lighthouse.database.EmbeddedStoreHeapBenchmark fill 100000 /tmp/s}
 */
public final class EmbeddedStoreHeapBenchmark {

    private EmbeddedStoreHeapBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        boolean fill = args[0].equals("fill");
        Path data = Path.of(args[fill ? 2 : 1]);
        long before = heldHeap();
        long started = System.nanoTime();
        try (EmbeddedMongo mongo = EmbeddedMongo.open(data, JournaledBackend.SMALLEST_REWRITE,
                DatabaseSettings.ERASURE_REWRITE_DELAY); MongoClient client = MongoClients.create(
                        mongo.connectionString())) {
            double opened = (System.nanoTime() - started) / 1e9;
            int users = fill ? Integer.parseInt(args[1]) : (int) client.getDatabase("lighthouse")
                    .getCollection("dialogues").countDocuments();
            if (fill) {
                fill(client.getDatabase("lighthouse"), users);
            }
            long held = heldHeap() - before;
            System.out.printf("%s users=%d open_s=%.2f heap_mb=%.1f bytes_per_user=%d%n", args[0], users, opened,
                    held / 1048576.0, held / Math.max(1, users));
        }
    }

    private static void fill(MongoDatabase db, int users) {
        List<Document> dialogues = new ArrayList<>();
        List<Document> progress = new ArrayList<>();
        List<Document> attempts = new ArrayList<>();
        Date now = new Date();
        for (int i = 0; i < users; i++) {
            String chat = "tg:" + (7_000_000_000L + i);
            dialogues.add(new Document("_id", chat).append("language", i % 3 == 0 ? "hmn" : "vi").append("step", "menu")
                    .append("slots", new Document("lesson", "sm-" + (i % 5 + 1)).append("card", "2"))
                    .append("lastEvent", 100L + i).append("active", true).append("firstSeen", now)
                    .append("lastSeen", now).append("version", 12L).append("_class", "org.lighthouse.conversation.Dialogue"));
            Document lessons = new Document();
            for (int l = 1; l <= 1 + i % 3; l++) {
                lessons.append("sm-" + l, new Document("startedAt", now).append("completedAt", now)
                        .append("bestScore", 3).append("total", 4).append("attempts", 1));
            }
            progress.add(new Document("_id", chat).append("lessons", lessons)
                    .append("place", new Document("lessonId", "sm-2").append("card", 1).append("question", null))
                    .append("reviews", List.of()).append("updatedAt", now).append("version", 5L));
            for (int a = 0; a < (i % 5 == 0 ? 2 : 1); a++) {
                List<Document> answers = new ArrayList<>();
                for (int q = 1; q <= 4; q++) {
                    answers.add(new Document("questionId", "q" + q).append("chosen", q % 3).append("correct", q != 2)
                            .append("at", now));
                }
                attempts.add(new Document("_id", new ObjectId()).append("learner", chat).append("lessonId", "sm-1")
                        .append("answers", answers).append("startedAt", now).append("review", false));
            }
            if (dialogues.size() == 1000) {
                flush(db, dialogues, progress, attempts);
            }
        }
        flush(db, dialogues, progress, attempts);
    }

    private static void flush(MongoDatabase db, List<Document> dialogues, List<Document> progress,
            List<Document> attempts) {
        for (Map.Entry<String, List<Document>> batch : Map.of("dialogues", dialogues, "progress", progress,
                "quiz_attempts", attempts).entrySet()) {
            if (!batch.getValue().isEmpty()) {
                db.getCollection(batch.getKey()).insertMany(batch.getValue());
                batch.getValue().clear();
            }
        }
    }

    private static long heldHeap() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
