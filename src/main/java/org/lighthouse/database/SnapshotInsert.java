package org.lighthouse.database;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.BsonConstants;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An insert record as {@link Snapshot} writes it ({@code {db, command: "insert", query: {insert, documents}}}, with no
 * outcome field, which the record of a write always has), read without decoding its documents: at start the store
 * takes each document's bytes as they are, and decodes of each only the fields its indexes need. Decoding every
 * document into maps and encoding it again took most of the start-up's time at 100,000 users.
 */
record SnapshotInsert(String database, String collection, List<byte[]> documents) {

    private static final List<String> RECORD_FIELDS = List.of("db", "command", "query");
    private static final List<String> QUERY_FIELDS = List.of("insert", "documents");

    /** The record as a snapshot's insert; empty when it is anything else (a write's record goes the usual way). */
    static Optional<SnapshotInsert> read(byte[] record) {
        ByteBuf bson = Unpooled.wrappedBuffer(record);
        try {
            return Optional.ofNullable(readRecord(bson));
        } catch (IndexOutOfBoundsException | ClassCastException e) {
            return Optional.empty();
        }
    }

    private static SnapshotInsert readRecord(ByteBuf bson) {
        int end = bson.readerIndex() + bson.readIntLE() - 1;
        String database = text(bson, RECORD_FIELDS.get(0));
        if (database == null || !"insert".equals(text(bson, RECORD_FIELDS.get(1)))
                || !field(bson, BsonConstants.TYPE_EMBEDDED_DOCUMENT, RECORD_FIELDS.get(2))) {
            return null;
        }
        int queryEnd = bson.readerIndex() + bson.readIntLE() - 1;
        String collection = text(bson, QUERY_FIELDS.get(0));
        if (collection == null || !field(bson, BsonConstants.TYPE_ARRAY, QUERY_FIELDS.get(1))) {
            return null;
        }
        List<byte[]> documents = elements(bson);
        boolean whole = bson.readerIndex() == queryEnd && bson.readByte() == 0 && bson.readerIndex() == end;
        return whole ? new SnapshotInsert(database, collection, documents) : null;
    }

    /** The documents of an array, each as its bytes; the buffer is left after the array. */
    private static List<byte[]> elements(ByteBuf bson) {
        int end = bson.readerIndex() + bson.readIntLE() - 1;
        List<byte[]> documents = new ArrayList<>();
        while (bson.readerIndex() < end) {
            if (bson.readByte() != BsonConstants.TYPE_EMBEDDED_DOCUMENT) {
                throw new ClassCastException("an array element that is not a document");
            }
            BsonDecoder.decodeCString(bson);
            byte[] document = new byte[bson.getIntLE(bson.readerIndex())];
            bson.readBytes(document);
            documents.add(document);
        }
        if (bson.readByte() != 0) {
            throw new IndexOutOfBoundsException("an array without its end");
        }
        return documents;
    }

    /** The next field's text if it is a text of this name, else null. */
    private static String text(ByteBuf bson, String name) {
        return field(bson, BsonConstants.TYPE_UTF8_STRING, name)
                ? (String) BsonDecoder.decodeValue(BsonConstants.TYPE_UTF8_STRING, bson) : null;
    }

    /** Reads the next field's type and name; whether they are these. */
    private static boolean field(ByteBuf bson, byte type, String name) {
        return bson.readByte() == type && BsonDecoder.decodeCString(bson).equals(name);
    }

    /**
     * The named top-level fields of an encoded document, decoded, the others skipped: what indexes need of a
     * document.
     */
    static Document fields(byte[] document, Set<String> names) {
        ByteBuf bson = Unpooled.wrappedBuffer(document);
        int end = bson.readIntLE() - 1;
        Document found = new Document();
        while (bson.readerIndex() < end) {
            byte type = bson.readByte();
            String name = BsonDecoder.decodeCString(bson);
            if (names.contains(name)) {
                found.put(name, BsonDecoder.decodeValue(type, bson));
            } else {
                skip(type, bson);
            }
        }
        return found;
    }

    private static void skip(byte type, ByteBuf bson) {
        int size = switch (type) {
            case BsonConstants.TYPE_DOUBLE, BsonConstants.TYPE_UTC_DATETIME, BsonConstants.TYPE_TIMESTAMP,
                    BsonConstants.TYPE_INT64 -> 8;
            case BsonConstants.TYPE_INT32 -> 4;
            case BsonConstants.TYPE_BOOLEAN -> 1;
            case BsonConstants.TYPE_OBJECT_ID -> 12;
            case BsonConstants.TYPE_DECIMAL128 -> 16;
            case BsonConstants.TYPE_NULL, BsonConstants.TYPE_UNDEFINED, BsonConstants.TYPE_MIN_KEY,
                    BsonConstants.TYPE_MAX_KEY -> 0;
            case BsonConstants.TYPE_UTF8_STRING -> 4 + bson.getIntLE(bson.readerIndex());
            case BsonConstants.TYPE_EMBEDDED_DOCUMENT, BsonConstants.TYPE_ARRAY -> bson.getIntLE(bson.readerIndex());
            default -> -1;
        };
        if (size < 0) {
            BsonDecoder.decodeValue(type, bson);
        } else {
            bson.skipBytes(size);
        }
    }
}
