package org.lighthouse.database;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the data lives.
 *
 * @param uri a MongoDB connection string ({@code MONGODB_URI}); when blank, the embedded database is used
 * @param dataDir where the embedded database keeps its file ({@code LIGHTHOUSE_DATA_DIR})
 */
@ConfigurationProperties("lighthouse.database")
record DatabaseSettings(@Nullable String uri, Path dataDir) {

    DatabaseSettings {
        uri = uri == null || uri.isBlank() ? null : uri.trim();
        dataDir = dataDir == null ? Path.of("data") : dataDir;
    }

    boolean embedded() {
        return uri == null;
    }
}
