package org.lighthouse.testing;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;
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
        client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort());
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
