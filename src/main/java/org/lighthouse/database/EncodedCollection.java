package org.lighthouse.database;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.AbstractSynchronizedMongoCollection;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.DocumentWithPosition;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Queue;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * A collection of the embedded store that keeps each document as its BSON bytes and decodes it when read. Held as maps
 * of maps, as mongo-java-server's memory collection holds them, a document took about ten times its encoded size on the
 * heap (a map entry and a string per field), and the heap was what limited how many users one server could keep.
 * Reads decode a copy, so nothing outside can change a stored document unseen; an update stores the new document's
 * bytes. Positions are as in the memory collection: indexes refer to them, and a removed document's is reused.
 */
final class EncodedCollection extends AbstractSynchronizedMongoCollection<Integer> {

    private static final String ID = "_id";

    private final List<byte @Nullable []> documents = new ArrayList<>();
    private final Queue<Integer> emptyPositions = new ArrayDeque<>();
    private long dataSize;

    EncodedCollection(MongoDatabase database, String name, CollectionOptions options, CursorRegistry cursors) {
        super(database, name, options, cursors);
    }

    @Override
    protected Integer addDocumentInternal(Document document) {
        return store(encode(document));
    }

    /**
     * Adds a document of a snapshot as its bytes, checked and indexed as an insert would: the indexes get only the
     * fields they need, decoded ({@link SnapshotInsert#fields}).
     */
    synchronized void load(List<byte[]> encoded) {
        Set<String> indexed = indexedFields();
        for (byte[] document : encoded) {
            Document keys = SnapshotInsert.fields(document, indexed);
            for (Index<Integer> index : getIndexes()) {
                index.checkAdd(keys, this);
            }
            int position = store(document);
            for (Index<Integer> index : getIndexes()) {
                index.add(keys, position, this);
            }
        }
    }

    /** The top-level fields the indexes read (a key {@code a.b} reads within {@code a}). */
    private Set<String> indexedFields() {
        Set<String> fields = new HashSet<>(Set.of(ID));
        for (Index<Integer> index : getIndexes()) {
            index.getKeys().forEach(key -> fields.add(key.getKey().split("\\.", 2)[0]));
        }
        return fields;
    }

    private int store(byte[] encoded) {
        Integer position = emptyPositions.poll();
        if (position == null) {
            position = documents.size();
            documents.add(encoded);
        } else {
            documents.set(position, encoded);
        }
        dataSize += encoded.length;
        return position;
    }

    @Override
    protected void handleUpdate(Integer position, Document oldDocument, Document newDocument) {
        byte[] encoded = encode(newDocument);
        byte[] previous = documents.set(position, encoded);
        dataSize += encoded.length - (previous == null ? 0 : previous.length);
    }

    /** Secondary indexes learn the document's position here, before the id index forgets it. */
    @Override
    public synchronized void removeDocument(Document document) {
        Integer position = getIndexes().stream().filter(IdIndex.class::isInstance).findFirst()
                .map(index -> index.getPosition(document)).orElseGet(() -> findDocumentPosition(document));
        if (position != null) {
            for (Index<Integer> index : getIndexes()) {
                if (index instanceof SecondaryIndex secondary) {
                    secondary.remove(document, position);
                }
            }
        }
        super.removeDocument(document);
    }

    @Override
    protected void removeDocument(Integer position) {
        byte[] previous = documents.set(position, null);
        if (previous != null) {
            dataSize -= previous.length;
            emptyPositions.add(position);
        }
    }

    @Override
    protected Document getDocument(Integer position) {
        byte[] encoded = documents.get(position);
        return encoded == null ? null : decode(encoded);
    }

    @Override
    protected QueryResult matchDocuments(Document query, Document orderBy, int numberToSkip, int numberToReturn,
            int batchSize, Document fieldSelector) {
        IntStream positions = IntStream.range(0, documents.size());
        if (isNaturalDescending(orderBy)) {
            positions = positions.map(i -> documents.size() - 1 - i);
        }
        Stream<Document> all = positions.mapToObj(this::getDocument).filter(Objects::nonNull);
        return matchDocumentsFromStream(all, query, orderBy, numberToSkip, numberToReturn, batchSize, fieldSelector);
    }

    @Override
    protected Stream<DocumentWithPosition<Integer>> streamAllDocumentsWithPosition() {
        return IntStream.range(0, documents.size()).filter(i -> documents.get(i) != null)
                .mapToObj(i -> new DocumentWithPosition<>(getDocument(i), i));
    }

    /** Only for a collection without indexes: others find a document's position through their id index. */
    @Override
    protected Integer findDocumentPosition(Document document) {
        for (int i = 0; i < documents.size(); i++) {
            byte[] stored = documents.get(i);
            if (stored != null && decode(stored).equals(document)) {
                return i;
            }
        }
        return null;
    }

    /** Every document as it is kept, in the collection's order: the list is a copy, the bytes are not to be changed. */
    synchronized List<byte[]> encodedDocuments() {
        return documents.stream().filter(Objects::nonNull).toList();
    }

    @Override
    public synchronized int count() {
        return documents.size() - emptyPositions.size();
    }

    @Override
    public synchronized boolean isEmpty() {
        return count() == 0;
    }

    /** The size is counted from the bytes kept, rather than by encoding each document again. */
    @Override
    protected boolean tracksDataSize() {
        return false;
    }

    @Override
    protected void updateDataSize(int sizeDelta) {
        dataSize += sizeDelta;
    }

    @Override
    protected int getDataSize() {
        return (int) Math.min(Integer.MAX_VALUE, dataSize);
    }

    static byte[] encode(Document document) {
        ByteBuf buffer = Unpooled.buffer();
        try {
            BsonEncoder.encodeDocument(document, buffer);
            byte[] bytes = new byte[buffer.readableBytes()];
            buffer.readBytes(bytes);
            return bytes;
        } finally {
            buffer.release();
        }
    }

    private static Document decode(byte[] encoded) {
        return BsonDecoder.decodeBson(Unpooled.wrappedBuffer(encoded));
    }
}
