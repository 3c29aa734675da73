package org.lighthouse.shared;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/** Optimistic versions for documents that two writers may touch. */
public final class Versions {

    private Versions() {
    }

    /**
     * Gives version 0 to the documents stored before their type carried a version: without one, Spring Data would take
     * a loaded document for a new one and insert it again, which fails.
     */
    public static void stampUnversioned(MongoOperations mongo, Class<?> type) {
        mongo.updateMulti(Query.query(Criteria.where("version").exists(false)), Update.update("version", 0L), type);
    }
}
