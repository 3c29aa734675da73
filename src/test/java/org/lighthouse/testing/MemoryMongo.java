package org.lighthouse.testing;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * A MongoDB server in memory on a loopback port, reached through the real driver: for a test of one store or one
 * component without the whole bot.
 */
public final class MemoryMongo implements AutoCloseable {

    private final MongoServer server = new MongoServer(new MemoryBackend());
    private final MongoClient client;
    private final MongoTemplate template;

    public MemoryMongo() {
        InetSocketAddress address = server.bind();
        // a database gone away (goAway) fails a command within a second, not the driver's default half a minute
        client = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString("mongodb://127.0.0.1:" + address.getPort()))
                .applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(1, TimeUnit.SECONDS)).build());
        template = new MongoTemplate(client, "lighthouse");
    }

    public MongoTemplate template() {
        return template;
    }

    /** Stops the server while the driver still holds its connections: a database that went away. */
    public void goAway() {
        server.shutdownNow();
    }

    @Override
    public void close() {
        client.close();
        server.shutdownNow();
    }
}
