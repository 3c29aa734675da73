package org.lighthouse.database;

import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.memory.index.MemoryUniqueIndex;
import de.bwaldvogel.mongo.bson.Document;
import java.util.List;

/**
 * mongo-java-server's id index, which also finds the document of a query that names its id among other conditions:
 * the server's own answers only a query of the id alone and scans the whole collection for the rest. An optimistic
 * save asks for {@code {_id: "tg:42", version: 7}}: every dialogue and learner progress saved scanned all of them.
 * The server still matches the whole query against the document found, so the index only narrows the search.
 */
final class IdIndex extends MemoryUniqueIndex {

    private static final String ID = "_id";

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
}
