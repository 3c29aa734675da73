package org.lighthouse.content;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the reviews made in the chat are kept: in the data directory, the same setting as the database's
 * ({@code LIGHTHOUSE_DATA_DIR}), so that they are backed up with it.
 */
@ConfigurationProperties("lighthouse.database")
record ReviewSettings(Path dataDir) {

    ReviewSettings {
        dataDir = dataDir == null ? Path.of("data") : dataDir;
    }
}
