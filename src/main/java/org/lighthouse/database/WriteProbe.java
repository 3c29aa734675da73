package org.lighthouse.database;

import com.mongodb.MongoException;
import com.mongodb.MongoServerException;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.time.Duration;
import java.util.Date;
import org.jspecify.annotations.Nullable;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Whether a MongoDB takes writes (a ping does not tell: a secondary, a full disk or a read-only user answers it): one
 * small document in the {@code health} collection is written, at most every few seconds, as anyone may ask for health
 * and each answer must not cost a write.
 */
final class WriteProbe {

    private static final String COLLECTION = "health";
    private static final Duration REUSE = Duration.ofSeconds(10);

    private final MongoTemplate mongo;
    private long probedAt;
    private boolean probed;
    private @Nullable String refusal;

    WriteProbe(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Why MongoDB refused the last probe, by its error's name (never its message, which may name hosts); or null. */
    synchronized @Nullable String refusal() {
        long now = System.nanoTime();
        if (!probed || now - probedAt >= REUSE.toNanos()) {
            refusal = probe();
            probedAt = now;
            probed = true;
        }
        return refusal;
    }

    private @Nullable String probe() {
        try {
            mongo.getDb().getCollection(COLLECTION).updateOne(Filters.eq("_id", "write-probe"),
                    Updates.set("at", new Date()), new UpdateOptions().upsert(true));
            return null;
        } catch (MongoException e) {
            return "MongoDB refuses writes (" + name(e) + ")";
        }
    }

    private static String name(MongoException e) {
        if (e instanceof MongoServerException server && server.getErrorCodeName() != null) {
            return server.getErrorCodeName();
        }
        return e.getCode() > 0 ? "code " + e.getCode() : e.getClass().getSimpleName();
    }
}
