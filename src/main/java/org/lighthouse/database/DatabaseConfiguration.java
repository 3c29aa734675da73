package org.lighthouse.database;

import com.mongodb.ConnectionString;
import java.util.concurrent.TimeUnit;
import org.lighthouse.shared.ConfigurationProblem;
import org.lighthouse.shared.DatabaseScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Chooses the database: the one named by {@code MONGODB_URI}, or else the embedded one. */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

    @Bean
    MongoConnectionDetails mongoConnectionDetails(DatabaseSettings settings,
            org.springframework.beans.factory.ObjectProvider<EmbeddedMongo> embedded) {
        ConnectionString uri = settings.embedded()
                ? new ConnectionString(embedded.getObject().connectionString())
                : external(settings.uri());
        return () -> uri;
    }

    @Bean
    DatabaseScope databaseScope(DatabaseSettings settings) {
        return new DatabaseScope(settings.embedded());
    }

    @Bean(destroyMethod = "close")
    @org.springframework.context.annotation.Lazy
    EmbeddedMongo embeddedMongo(DatabaseSettings settings) {
        EmbeddedMongo embedded = EmbeddedMongo.open(settings.dataDir(), JournaledBackend.SMALLEST_REWRITE,
                settings.erasureRewriteDelay());
        log.info("Database: the embedded store serves this one instance (a pilot on one machine); to run two instances,"
                + " or past its capacity, set MONGODB_URI to a MongoDB replica set (README: Production)");
        return embedded;
    }

    @Bean
    MongoClientSettingsBuilderCustomizer failFastTimeouts() {
        return builder -> builder
                .applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(5, TimeUnit.SECONDS))
                .applyToSocketSettings(socket -> socket.connectTimeout(5, TimeUnit.SECONDS));
    }

    private static ConnectionString external(String uri) {
        try {
            ConnectionString parsed = new ConnectionString(uri);
            log.info("Database: MongoDB at {} (from MONGODB_URI)", String.join(",", parsed.getHosts()));
            return parsed;
        } catch (IllegalArgumentException e) {
            throw new ConfigurationProblem("MONGODB_URI is not a MongoDB connection string (" + e.getMessage()
                    + "): write it as mongodb://host:27017/lighthouse, or unset it to use the embedded database", e);
        }
    }
}
