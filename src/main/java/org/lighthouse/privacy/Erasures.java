package org.lighthouse.privacy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.bson.types.ObjectId;
import org.springframework.context.event.EventListener;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * When people deleted their data: the time of each deletion and nothing else, never who. An announcement to everyone
 * active lately says how many it leaves out because they did.
 */
@Component
public class Erasures {

    /** Longer than the longest look back of a broadcast's audience (365 days). */
    private static final Duration KEEP = Duration.ofDays(366);

    private final MongoTemplate mongo;
    private final Clock clock;

    Erasures(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** One deletion. */
    @Document("erasures")
    record Erasure(@Id String id, Instant at) {
    }

    @EventListener
    void on(PersonErased erased) {
        mongo.insert(new Erasure(ObjectId.get().toHexString(), clock.instant()));
    }

    /** How many people deleted their data at or after the time. */
    public long since(Instant since) {
        return mongo.count(Query.query(Criteria.where("at").gte(since)), Erasure.class);
    }

    @Scheduled(fixedDelayString = "PT6H", initialDelayString = "PT10M")
    void forgetOld() {
        mongo.remove(Query.query(Criteria.where("at").lt(clock.instant().minus(KEEP))), Erasure.class);
    }
}
