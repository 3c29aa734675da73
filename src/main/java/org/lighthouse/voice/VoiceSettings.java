package org.lighthouse.voice;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Where recordings are kept and how long they may be.
 *
 * @param dataDir the data directory ({@code LIGHTHOUSE_DATA_DIR}, the embedded database's), under which they are kept
 * @param maxLength the longest recording taken: a card is at most 500 characters, about a minute read aloud
 * @param maxSize the largest recording taken
 * @param fetchTimeout how long fetching a recording from the platform may take
 */
@ConfigurationProperties("lighthouse.voice")
record VoiceSettings(Path dataDir, Duration maxLength, DataSize maxSize, Duration fetchTimeout) {

    VoiceSettings {
        dataDir = dataDir == null ? Path.of("data") : dataDir;
        maxLength = maxLength == null ? Duration.ofMinutes(3) : maxLength;
        maxSize = maxSize == null ? DataSize.ofMegabytes(2) : maxSize;
        fetchTimeout = fetchTimeout == null ? Duration.ofSeconds(15) : fetchTimeout;
    }
}
