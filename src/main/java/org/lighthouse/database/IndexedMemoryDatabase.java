package org.lighthouse.database;

import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.memory.MemoryDatabase;
import java.util.List;

/**
 * mongo-java-server's memory database with the non-unique indexes it lacks ({@link SecondaryIndex}), and an id index
 * that also serves a query naming an id among other conditions ({@link IdIndex}).
 */
final class IndexedMemoryDatabase extends MemoryDatabase {

    IndexedMemoryDatabase(String name, CursorRegistry cursors) {
        super(name, cursors);
    }

    @Override
    protected Index<Integer> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
            boolean sparse) {
        return IdIndex.serves(keys) ? new IdIndex(indexName, keys, sparse)
                : super.openOrCreateUniqueIndex(collectionName, indexName, keys, sparse);
    }

    @Override
    protected Index<Integer> openOrCreateSecondaryIndex(String collectionName, String indexName, List<IndexKey> keys,
            boolean sparse) {
        return SecondaryIndex.forKeys(indexName, keys)
                .orElseGet(() -> super.openOrCreateSecondaryIndex(collectionName, indexName, keys, sparse));
    }
}
