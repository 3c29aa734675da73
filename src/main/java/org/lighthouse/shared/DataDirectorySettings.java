package org.lighthouse.shared;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The data directory ({@code LIGHTHOUSE_DATA_DIR}): the embedded database's journal, the reviews made in the chat and
 * the lessons' recorded voice live there, so that backing it up keeps them all. One setting for every feature that
 * keeps files there.
 */
@ConfigurationProperties("lighthouse.database")
public record DataDirectorySettings(Path dataDir) {

    /** Where it is when nothing says otherwise, relative to the working directory. */
    public static final Path DEFAULT = Path.of("data");

    public DataDirectorySettings {
        dataDir = dataDir == null ? DEFAULT : dataDir;
    }
}
