package org.lighthouse.database;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.AbstractMongoBackend;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.BsonConstants;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.embedded.EmbeddedChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.StreamSupport;

/**
 * The whole content of a backend as journal records: for each collection, its creation, its indexes and its documents,
 * so that replaying the records gives the same data; then a record that marks the snapshot's end, so that a journal
 * holding nothing after it is known to need no rewrite.
 */
final class Snapshot {

    private static final Set<String> SERVER_DATABASES = Set.of("admin", "local");
    /** Documents go into one insert record up to this size, well under what replay can read. */
    private static final int BYTES_PER_RECORD = Journal.MAX_RECORD / 4;
    /** The command of the record that ends a snapshot; replay applies nothing for it. */
    static final String END = "endOfSnapshot";

    private Snapshot() {
    }

    /** Writes the backend's content, as records, to the sink the journal passes. */
    static Consumer<Consumer<Journal.Record>> of(AbstractMongoBackend backend) {
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

    private static void write(AbstractMongoBackend backend, Consumer<Journal.Record> sink) {
        withChannel(backend, channel -> {
            for (Document database : list(backend.handleCommand(channel, "admin", "listDatabases",
                    new Document("listDatabases", 1)), "databases")) {
                String name = (String) database.get("name");
                if (!SERVER_DATABASES.contains(name)) {
                    writeDatabase(backend, channel, name, sink);
                }
            }
            sink.accept(Journal.Record.of(record("admin", END, new Document(END, 1))));
            return null;
        });
    }

    private static void writeDatabase(AbstractMongoBackend backend, Channel channel, String database,
            Consumer<Journal.Record> sink) {
        Document collections = backend.handleCommand(channel, database, "listCollections",
                new Document("listCollections", 1));
        for (Document collection : firstBatch(collections)) {
            String name = (String) collection.get("name");
            if (name.startsWith("system.")) {
                continue;
            }
            sink.accept(Journal.Record.of(record(database, "create", new Document("create", name))));
            List<Document> indexes = indexes(backend.handleCommand(channel, database, "listIndexes",
                    new Document("listIndexes", name)));
            if (!indexes.isEmpty()) {
                sink.accept(Journal.Record.of(record(database, "createIndexes", new Document("createIndexes", name)
                        .append("indexes", indexes))));
            }
            writeDocuments(backend.resolveDatabase(database).resolveCollection(name, false), database, sink);
        }
    }

    private static void writeDocuments(MongoCollection<?> collection, String database, Consumer<Journal.Record> sink) {
        Batch batch = new Batch(database, collection.getCollectionName());
        for (byte[] document : encoded(collection)) {
            if (batch.count > 0 && batch.bytes() + document.length > BYTES_PER_RECORD) {
                sink.accept(batch.record());
                batch.next();
            }
            batch.add(document);
        }
        if (batch.count > 0) {
            sink.accept(batch.record());
        }
    }

    /**
     * The collection's documents encoded. The embedded store's go as it keeps them: neither decoded nor held all at
     * once as maps, which would take many times the heap the store itself takes. (Another backend's are a former
     * version's data, moved once.)
     */
    private static Iterable<byte[]> encoded(MongoCollection<?> collection) {
        if (collection instanceof EncodedCollection kept) {
            return kept.encodedDocuments();
        }
        return () -> StreamSupport.stream(collection.queryAll().spliterator(), false).map(EncodedCollection::encode)
                .iterator();
    }

    /**
     * Writes {@code record(database, "insert", {insert: collection, documents: [...]})} around documents already
     * encoded as the elements of its array, byte for byte as {@link BsonEncoder} would write it.
     */
    private static void writeInsert(ByteBuf bson, String database, String collection, ByteBuf elements) {
        int record = startDocument(bson);
        string(bson, "db", database);
        string(bson, "command", "insert");
        int query = startField(bson, BsonConstants.TYPE_EMBEDDED_DOCUMENT, "query");
        string(bson, "insert", collection);
        int documents = startField(bson, BsonConstants.TYPE_ARRAY, "documents");
        bson.writeBytes(elements, elements.readerIndex(), elements.readableBytes());
        endDocument(bson, documents);
        endDocument(bson, query);
        endDocument(bson, record);
    }

    private static int startDocument(ByteBuf bson) {
        int start = bson.writerIndex();
        bson.writeIntLE(0);
        return start;
    }

    private static int startField(ByteBuf bson, byte type, String name) {
        bson.writeByte(type);
        cString(bson, name);
        return startDocument(bson);
    }

    private static void endDocument(ByteBuf bson, int start) {
        bson.writeByte(0);
        bson.setIntLE(start, bson.writerIndex() - start);
    }

    private static void string(ByteBuf bson, String name, String value) {
        bson.writeByte(BsonConstants.TYPE_UTF8_STRING);
        cString(bson, name);
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        bson.writeIntLE(bytes.length + 1);
        bson.writeBytes(bytes);
        bson.writeByte(0);
    }

    private static void cString(ByteBuf bson, String text) {
        bson.writeBytes(text.getBytes(StandardCharsets.UTF_8));
        bson.writeByte(0);
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

    /**
     * The documents of one insert record, encoded as the elements of its array. One buffer serves every batch (a new
     * one per batch raised the bench's peak memory by about 200 MB), so a record is written before the next batch
     * starts; a record written later fails instead of writing the next batch's documents.
     */
    private static final class Batch {

        private final String database;
        private final String collection;
        private final ByteBuf elements = Unpooled.buffer();
        private int count;
        private int number;

        Batch(String database, String collection) {
            this.database = database;
            this.collection = collection;
        }

        void add(byte[] document) {
            elements.writeByte(BsonConstants.TYPE_EMBEDDED_DOCUMENT);
            cString(elements, Integer.toString(count++));
            elements.writeBytes(document);
        }

        int bytes() {
            return elements.readableBytes();
        }

        void next() {
            elements.clear();
            count = 0;
            number++;
        }

        Journal.Record record() {
            int batch = number;
            return bson -> {
                if (number != batch) {
                    throw new IllegalStateException("a snapshot's insert record was written after the next batch"
                            + " began; write each record as the snapshot hands it over");
                }
                writeInsert(bson, database, collection, elements);
            };
        }
    }
}
