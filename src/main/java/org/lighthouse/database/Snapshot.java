package org.lighthouse.database;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.AbstractMongoBackend;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.embedded.EmbeddedChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The whole content of a backend as journal records: for each collection, its creation, its indexes and its documents,
 * so that replaying the records gives the same data.
 */
final class Snapshot {

    private static final Set<String> SERVER_DATABASES = Set.of("admin", "local");
    /** Documents go into one insert record up to this size, well under what replay can read. */
    private static final int BYTES_PER_RECORD = Journal.MAX_RECORD / 4;

    private Snapshot() {
    }

    /** Writes the backend's content, as records, to the sink the journal passes. */
    static Consumer<Consumer<Document>> of(AbstractMongoBackend backend) {
        return sink -> write(backend, sink);
    }

    /** A journal record: one command on one database. */
    static Document record(String database, String command, Document query) {
        return new Document("db", database).append("command", command).append("query", query);
    }

    /**
     * Runs work that sends commands to the backend itself, on a channel of its own (the backend keeps each channel's
     * last results until the channel is closed).
     */
    static <T> T withChannel(AbstractMongoBackend backend, Function<Channel, T> work) {
        Channel channel = new EmbeddedChannel();
        try {
            return work.apply(channel);
        } finally {
            backend.handleClose(channel);
            channel.close();
        }
    }

    private static void write(AbstractMongoBackend backend, Consumer<Document> sink) {
        withChannel(backend, channel -> {
            for (Document database : list(backend.handleCommand(channel, "admin", "listDatabases",
                    new Document("listDatabases", 1)), "databases")) {
                String name = (String) database.get("name");
                if (!SERVER_DATABASES.contains(name)) {
                    writeDatabase(backend, channel, name, sink);
                }
            }
            return null;
        });
    }

    private static void writeDatabase(AbstractMongoBackend backend, Channel channel, String database,
            Consumer<Document> sink) {
        Document collections = backend.handleCommand(channel, database, "listCollections",
                new Document("listCollections", 1));
        for (Document collection : firstBatch(collections)) {
            String name = (String) collection.get("name");
            if (name.startsWith("system.")) {
                continue;
            }
            sink.accept(record(database, "create", new Document("create", name)));
            List<Document> indexes = indexes(backend.handleCommand(channel, database, "listIndexes",
                    new Document("listIndexes", name)));
            if (!indexes.isEmpty()) {
                sink.accept(record(database, "createIndexes", new Document("createIndexes", name)
                        .append("indexes", indexes)));
            }
            writeDocuments(backend.resolveDatabase(database).resolveCollection(name, false), database, sink);
        }
    }

    private static void writeDocuments(MongoCollection<?> collection, String database, Consumer<Document> sink) {
        List<Document> batch = new ArrayList<>();
        long batchBytes = 0;
        ByteBuf scratch = Unpooled.buffer();
        for (Document document : collection.queryAll()) {
            scratch.clear();
            BsonEncoder.encodeDocument(document, scratch);
            int size = scratch.readableBytes();
            if (!batch.isEmpty() && batchBytes + size > BYTES_PER_RECORD) {
                sink.accept(insert(collection, database, batch));
                batch = new ArrayList<>();
                batchBytes = 0;
            }
            batch.add(document);
            batchBytes += size;
        }
        if (!batch.isEmpty()) {
            sink.accept(insert(collection, database, batch));
        }
    }

    private static Document insert(MongoCollection<?> collection, String database, List<Document> documents) {
        return record(database, "insert", new Document("insert", collection.getCollectionName())
                .append("documents", documents));
    }

    private static List<Document> indexes(Document listed) {
        List<Document> indexes = new ArrayList<>();
        for (Document index : firstBatch(listed)) {
            if (!"_id_".equals(index.get("name"))) {
                Document spec = new Document(index);
                spec.remove("ns");
                spec.remove("v");
                indexes.add(spec);
            }
        }
        return indexes;
    }

    private static List<Document> firstBatch(Document cursorResponse) {
        return list((Document) cursorResponse.get("cursor"), "firstBatch");
    }

    @SuppressWarnings("unchecked")
    private static List<Document> list(Document document, String field) {
        return (List<Document>) document.get(field);
    }
}
