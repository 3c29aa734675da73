package org.lighthouse.database;

import com.carrotsearch.hppc.ObjectIntHashMap;
import com.carrotsearch.hppc.cursors.ObjectIntCursor;
import de.bwaldvogel.mongo.backend.AbstractUniqueIndex;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.Document;
import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * mongo-java-server's id index, which also finds the document of a query that names its id among other conditions:
 * the server's own answers only a query of the id alone and scans the whole collection for the rest. An optimistic
 * save asks for {@code {_id: "tg:42", version: 7}}: every dialogue and learner progress saved scanned all of them.
 * The server still matches the whole query against the document found, so the index only narrows the search.
 *
 * <p>It maps each id itself to its document's position, in a map of primitive positions: the server's memory index
 * keys its map by a {@link KeyValue} around a list around the id (about 60 bytes more per document, 20 MB at 100,000
 * users), and a concurrent map of boxed positions took about 48 bytes a document. A text id is interned: a
 * chat's id is the id of its dialogue and of its progress, and the key of other collections' secondary indexes, and
 * each index would otherwise keep a copy of its own.
 */
final class IdIndex extends AbstractUniqueIndex<Integer> {

    private static final String ID = "_id";

    /** Stands for a null id, which one document of a collection may have (the map takes no null). */
    private static final Object NULL = new Object();

    /** Guarded by this index: the server reads it from many threads. */
    private final ObjectIntHashMap<Object> positions = new ObjectIntHashMap<>();

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
    protected synchronized Integer removeDocument(KeyValue key) {
        int slot = positions.indexOf(id(key));
        return positions.indexExists(slot) ? positions.indexRemove(slot) : null;
    }

    @Override
    protected synchronized boolean putKeyPosition(KeyValue key, Integer position) {
        Object id = id(key);
        int slot = positions.indexOf(id);
        if (positions.indexExists(slot)) {
            return false;
        }
        positions.indexInsert(slot, id instanceof String text ? text.intern() : id, position);
        return true;
    }

    @Override
    protected synchronized Integer getPosition(KeyValue key) {
        int slot = positions.indexOf(id(key));
        return positions.indexExists(slot) ? positions.indexGet(slot) : null;
    }

    @Override
    protected synchronized Iterable<Map.Entry<KeyValue, Integer>> getIterable() {
        List<Map.Entry<KeyValue, Integer>> entries = new ArrayList<>(positions.size());
        for (ObjectIntCursor<Object> entry : positions) {
            entries.add(new SimpleImmutableEntry<>(new KeyValue(entry.key == NULL ? null : entry.key), entry.value));
        }
        return entries;
    }

    /** The id a key of this one-field index holds; equal ids are equal keys, as a key is a list of its one value. */
    private static Object id(KeyValue key) {
        Object id = key.get(0);
        return id == null ? NULL : id;
    }

    @Override
    public synchronized long getCount() {
        return positions.size();
    }

    @Override
    public synchronized boolean isEmpty() {
        return positions.isEmpty();
    }

    @Override
    public long getDataSize() {
        return getCount();
    }
}
