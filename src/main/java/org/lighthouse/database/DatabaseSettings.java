package org.lighthouse.database;

import java.nio.file.Path;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.lighthouse.shared.DataDirectorySettings;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the data lives.
 *
 * @param uri a MongoDB connection string ({@code MONGODB_URI}); when blank, the embedded database is used
 * @param dataDir where the embedded database keeps its file ({@code LIGHTHOUSE_DATA_DIR})
 * @param erasureRewriteDelay how soon after a person's data was erased the embedded database rewrites its journal, so
 *     that no file keeps that data; erasures within this time share one rewrite
 */
@ConfigurationProperties("lighthouse.database")
record DatabaseSettings(@Nullable String uri, Path dataDir, Duration erasureRewriteDelay) {

    static final Duration ERASURE_REWRITE_DELAY = Duration.ofSeconds(10);

    DatabaseSettings {
        uri = uri == null || uri.isBlank() ? null : uri.trim();
        dataDir = dataDir == null ? DataDirectorySettings.DEFAULT : dataDir;
        erasureRewriteDelay = erasureRewriteDelay == null ? ERASURE_REWRITE_DELAY : erasureRewriteDelay;
    }

    boolean embedded() {
        return uri == null;
    }
}
