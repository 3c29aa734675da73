package org.lighthouse.channel.inbox;

import java.util.Map;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Numbers events in the order they arrive, from a counter in the database: it never goes back, whatever the clock
 * or the platforms' own ids do, and survives restarts.
 */
class ArrivalNumbers {

    private static final String COLLECTION = "inbox_numbers";

    private final MongoTemplate mongo;

    ArrivalNumbers(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Takes {@code count} numbers and returns the first; they follow each other. */
    long take(int count) {
        Map<?, ?> counter = mongo.findAndModify(Query.query(Criteria.where("_id").is("arrival")),
                new Update().inc("last", (long) count), FindAndModifyOptions.options().upsert(true).returnNew(true),
                Map.class, COLLECTION);
        return ((Number) counter.get("last")).longValue() - count + 1;
    }
}
