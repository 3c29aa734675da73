package org.lighthouse.database;

import com.mongodb.MongoException;
import com.mongodb.MongoTimeoutException;
import com.mongodb.client.MongoClient;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.lighthouse.shared.ConfigurationProblem;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Pings the database as soon as its client exists, so that an unreachable database stops start-up with a clear line
 * before anything else tries to use it.
 */
@Component
class DatabaseCheck implements BeanPostProcessor {

    private final ObjectProvider<DatabaseSettings> settings;

    DatabaseCheck(ObjectProvider<DatabaseSettings> settings) {
        this.settings = settings;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof MongoClient client) {
            ping(client);
        }
        return bean;
    }

    private void ping(MongoClient client) {
        try {
            client.getDatabase("admin").runCommand(new Document("ping", 1));
        } catch (MongoException e) {
            String where = settings.getObject().embedded() ? "the embedded database" : "MongoDB at MONGODB_URI";
            throw new ConfigurationProblem("cannot reach " + where + waited(client, e) + " (" + summary(e)
                    + "): check that the server runs and MONGODB_URI is right, or unset MONGODB_URI to use the embedded"
                    + " database", e);
        }
    }

    /** How long the client tried, when it gave up for time: the operator sees it did not hang. */
    private static String waited(MongoClient client, MongoException e) {
        if (!(e instanceof MongoTimeoutException)) {
            return "";
        }
        long seconds = client.getClusterDescription().getClusterSettings().getServerSelectionTimeout(TimeUnit.SECONDS);
        return " after trying for " + seconds + " s";
    }

    private static String summary(MongoException e) {
        String message = String.valueOf(e.getMessage());
        int end = message.indexOf(". ");
        return end > 0 && end < 160 ? message.substring(0, end) : message.substring(0, Math.min(160, message.length()));
    }
}
