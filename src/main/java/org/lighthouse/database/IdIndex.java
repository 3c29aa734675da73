package org.lighthouse.database;

import de.bwaldvogel.mongo.backend.AbstractUniqueIndex;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.Document;
import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * mongo-java-server's id index, which also finds the document of a query that names its id among other conditions:
 * the server's own answers only a query of the id alone and scans the whole collection for the rest. An optimistic
 * save asks for {@code {_id: "tg:42", version: 7}}: every dialogue and learner progress saved scanned all of them.
 * The server still matches the whole query against the document found, so the index only narrows the search.
 *
 * <p>It maps each id itself to its document's position. The server's memory index keys its map by a {@link KeyValue}
 * around a list around the id: about 60 bytes more per document, 20 MB at 100,000 users. A text id is interned: a
 * chat's id is the id of its dialogue and of its progress, and the key of other collections' secondary indexes, and
 * each index would otherwise keep a copy of its own.
 */
final class IdIndex extends AbstractUniqueIndex<Integer> {

    private static final String ID = "_id";

    /** Stands for a null id, which one document of a collection may have (the map takes no null). */
    private static final Object NULL = new Object();

    private final Map<Object, Integer> positions = new ConcurrentHashMap<>();

    IdIndex(String name, List<IndexKey> keys, boolean sparse) {
        super(name, keys, sparse);
    }

    /** Whether these are the keys of an id index. */
    static boolean serves(List<IndexKey> keys) {
        return keys.size() == 1 && keys.get(0).getKey().equals(ID);
    }

    @Override
    public synchronized boolean canHandle(Document query) {
        return super.canHandle(query) || super.canHandle(idOnly(query));
    }

    @Override
    public synchronized Iterable<Integer> getPositions(Document query) {
        return super.canHandle(query) ? super.getPositions(query) : super.getPositions(idOnly(query));
    }

    /** The query's condition on the id alone; empty when it has none. */
    private static Document idOnly(Document query) {
        return query.containsKey(ID) ? new Document(ID, query.get(ID)) : new Document();
    }

    @Override
    protected Integer removeDocument(KeyValue key) {
        return positions.remove(id(key));
    }

    @Override
    protected boolean putKeyPosition(KeyValue key, Integer position) {
        Object id = id(key);
        return positions.putIfAbsent(id instanceof String text ? text.intern() : id, position) == null;
    }

    @Override
    protected Integer getPosition(KeyValue key) {
        return positions.get(id(key));
    }

    @Override
    protected Iterable<Map.Entry<KeyValue, Integer>> getIterable() {
        return positions.entrySet().stream().<Map.Entry<KeyValue, Integer>>map(entry -> new SimpleImmutableEntry<>(
                new KeyValue(entry.getKey() == NULL ? null : entry.getKey()), entry.getValue())).toList();
    }

    /** The id a key of this one-field index holds; equal ids are equal keys, as a key is a list of its one value. */
    private static Object id(KeyValue key) {
        Object id = key.get(0);
        return id == null ? NULL : id;
    }

    @Override
    public long getCount() {
        return positions.size();
    }

    @Override
    public boolean isEmpty() {
        return positions.isEmpty();
    }

    @Override
    public long getDataSize() {
        return getCount();
    }
}
