package org.lighthouse.shared;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/** Optimistic versions for documents that two writers may touch. */
public final class Versions {

    /** Notes of the one-time changes done to the stored data, so that they are not looked for at every start. */
    static final String MIGRATIONS = "migrations";

    private Versions() {
    }

    /**
     * Gives version 0 to the documents stored before their type carried a version: without one, Spring Data would take
     * a loaded document for a new one and insert it again, which fails. Done once per collection: the search reads
     * every document, which at 100,000 users costs a start seconds.
     */
    public static void stampUnversioned(MongoOperations mongo, Class<?> type) {
        String done = "versions-stamped:" + mongo.getCollectionName(type);
        if (mongo.exists(Query.query(Criteria.where("_id").is(done)), MIGRATIONS)) {
            return;
        }
        mongo.updateMulti(Query.query(Criteria.where("version").exists(false)), Update.update("version", 0L), type);
        mongo.save(new Document("_id", done), MIGRATIONS);
    }
}
