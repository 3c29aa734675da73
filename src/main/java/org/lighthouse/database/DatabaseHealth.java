package org.lighthouse.database;

import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.lighthouse.shared.HealthStatuses;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * The database's part of {@code /actuator/health}: which database runs, and whether it takes writes. It is DOWN when
 * the database does not answer or refuses writes (the embedded one after its disk refused the journal, a MongoDB
 * through {@link WriteProbe}); DEGRADED while data erased on request is still on file. Anyone may read health, so the
 * details name the cause and never a path or a size. (Boot's own MongoDB check asks for the {@code hello} command,
 * which the embedded server does not know.)
 */
@Component("database")
class DatabaseHealth extends AbstractHealthIndicator {

    private static final Document PING = new Document("ping", 1);

    private final MongoTemplate mongo;
    private final DatabaseSettings settings;
    private final ObjectProvider<EmbeddedMongo> embedded;
    private final WriteProbe probe;

    DatabaseHealth(MongoTemplate mongo, DatabaseSettings settings, ObjectProvider<EmbeddedMongo> embedded) {
        super("The database does not answer");
        this.mongo = mongo;
        this.settings = settings;
        this.embedded = embedded;
        this.probe = new WriteProbe(mongo);
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        builder.withDetail("kind", settings.embedded() ? "embedded" : "MongoDB at MONGODB_URI")
                .withDetail("name", mongo.getDb().getName());
        String refusal = refusal();
        if (refusal != null) {
            builder.down().withDetail("cause", refusal);
        } else if (settings.embedded() && embedded.getObject().erasedDataOnFile()) {
            builder.status(HealthStatuses.DEGRADED).withDetail("cause", "data erased on request is still in the"
                    + " journal: rewriting it failed and is tried again every " + ErasureRewrites.RETRY.toSeconds()
                    + " s");
        } else {
            builder.up();
        }
    }

    private @Nullable String refusal() {
        try {
            mongo.executeCommand(PING);
        } catch (RuntimeException e) {
            return "the database does not answer (" + e.getClass().getSimpleName() + ")";
        }
        return settings.embedded() ? embedded.getObject().refusal() : probe.refusal();
    }
}
