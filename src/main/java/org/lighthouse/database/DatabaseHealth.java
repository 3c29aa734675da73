package org.lighthouse.database;

import org.bson.Document;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * The database's part of {@code /actuator/health}: a ping, and which database runs. (Boot's own MongoDB check asks
 * for the {@code hello} command, which the embedded server does not know.)
 */
@Component("database")
class DatabaseHealth extends AbstractHealthIndicator {

    private final MongoTemplate mongo;
    private final DatabaseSettings settings;

    DatabaseHealth(MongoTemplate mongo, DatabaseSettings settings) {
        super("The database does not answer");
        this.mongo = mongo;
        this.settings = settings;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        mongo.executeCommand(new Document("ping", 1));
        builder.up().withDetail("kind", settings.embedded() ? "embedded" : "MongoDB at MONGODB_URI")
                .withDetail("name", mongo.getDb().getName());
    }
}
