package org.lighthouse.offer.photo;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Reading photos of offers with Tesseract.
 *
 * @param tessdata the folder of Tesseract's language data ({@code <language>.traineddata}); Debian's
 *     {@code tesseract-ocr-vie} and {@code tesseract-ocr-eng} put theirs in {@code /usr/share/tesseract-ocr/5/tessdata}
 * @param languages the languages read, joined by {@code +}, the first the main one
 * @param maxSize the largest photo fetched (Telegram lets bots download up to 20 MB; a phone's photo is 1-5 MB)
 * @param fetchTimeout how long fetching a photo may take
 * @param readTimeout how long reading it may take, waiting for another reading to end included: a screenshot takes
 *     1-2 seconds on two cores, a picture of noise, where Tesseract sees hundreds of words, more than 30
 */
@ConfigurationProperties("lighthouse.offer.photo")
record PhotoSettings(Path tessdata, String languages, DataSize maxSize, Duration fetchTimeout, Duration readTimeout) {

    PhotoSettings {
        tessdata = tessdata == null ? Path.of("/usr/share/tesseract-ocr/5/tessdata") : tessdata;
        languages = languages == null || languages.isBlank() ? "vie+eng" : languages.strip();
        maxSize = maxSize == null ? DataSize.ofMegabytes(10) : maxSize;
        fetchTimeout = fetchTimeout == null ? Duration.ofSeconds(15) : fetchTimeout;
        readTimeout = readTimeout == null ? Duration.ofSeconds(10) : readTimeout;
    }
}
