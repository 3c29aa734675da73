package org.lighthouse.database;

import com.mongodb.MongoException;
import org.bson.Document;
import org.lighthouse.shared.ConfigurationProblem;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** Refuses to start when the database cannot be reached, instead of failing on the first message. */
@Component
class DatabaseCheck implements SmartInitializingSingleton {

    private final MongoTemplate mongo;
    private final DatabaseSettings settings;

    DatabaseCheck(MongoTemplate mongo, DatabaseSettings settings) {
        this.mongo = mongo;
        this.settings = settings;
    }

    @Override
    public void afterSingletonsInstantiated() {
        try {
            mongo.executeCommand(new Document("ping", 1));
        } catch (MongoException | org.springframework.dao.DataAccessException e) {
            String where = settings.embedded() ? "the embedded database" : "MongoDB at MONGODB_URI";
            throw new ConfigurationProblem("cannot reach " + where + " (" + firstLine(e.getMessage())
                    + "): check that the server runs and MONGODB_URI is right, or unset MONGODB_URI to use the embedded database", e);
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no answer";
        }
        int end = message.indexOf('.', 0);
        return end > 0 && end < 160 ? message.substring(0, end) : message.substring(0, Math.min(160, message.length()));
    }
}
