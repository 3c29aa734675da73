package org.lighthouse.voice;

import java.time.Duration;
import org.lighthouse.shared.DataDirectorySettings;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * How long recordings may be (they are kept in the data directory: {@link DataDirectorySettings}).
 *
 * @param maxLength the longest recording taken: a card is at most 500 characters, about a minute read aloud
 * @param maxSize the largest recording taken
 * @param fetchTimeout how long fetching a recording from the platform may take
 */
@ConfigurationProperties("lighthouse.voice")
record VoiceSettings(Duration maxLength, DataSize maxSize, Duration fetchTimeout) {

    VoiceSettings {
        maxLength = maxLength == null ? Duration.ofMinutes(3) : maxLength;
        maxSize = maxSize == null ? DataSize.ofMegabytes(2) : maxSize;
        fetchTimeout = fetchTimeout == null ? Duration.ofSeconds(15) : fetchTimeout;
    }
}
