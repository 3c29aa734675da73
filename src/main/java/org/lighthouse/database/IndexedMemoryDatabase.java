package org.lighthouse.database;

import de.bwaldvogel.mongo.backend.AbstractSynchronizedMongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.memory.index.MemoryUniqueIndex;
import java.util.List;

/**
 * mongo-java-server's memory database with documents kept encoded ({@link EncodedCollection}), the non-unique indexes
 * it lacks ({@link SecondaryIndex}), and an id index that also serves a query naming an id among other conditions
 * ({@link IdIndex}).
 */
final class IndexedMemoryDatabase extends AbstractSynchronizedMongoDatabase<Integer> {

    IndexedMemoryDatabase(String name, CursorRegistry cursors) {
        super(name, cursors);
        initializeNamespacesAndIndexes();
    }

    @Override
    protected EncodedCollection openOrCreateCollection(String collectionName, CollectionOptions options) {
        return new EncodedCollection(this, collectionName, options, cursorRegistry);
    }

    @Override
    protected Index<Integer> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
            boolean sparse) {
        return IdIndex.serves(keys) ? new IdIndex(indexName, keys, sparse)
                : new MemoryUniqueIndex(indexName, keys, sparse);
    }

    @Override
    protected Index<Integer> openOrCreateSecondaryIndex(String collectionName, String indexName, List<IndexKey> keys,
            boolean sparse) {
        return SecondaryIndex.forKeys(indexName, keys)
                .orElseGet(() -> super.openOrCreateSecondaryIndex(collectionName, indexName, keys, sparse));
    }

    @Override
    protected long getStorageSize() {
        return 0;
    }

    @Override
    protected long getFileSize() {
        return 0;
    }
}
