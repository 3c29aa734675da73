package org.lighthouse.offer.photo;

import java.awt.image.BufferedImage;
import java.text.Normalizer;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.lighthouse.channel.ChatRef;
import org.lighthouse.channel.Inbound;
import org.lighthouse.channel.PhotoFetch;
import org.lighthouse.channel.PhotoFetcher;
import org.lighthouse.shared.Redaction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Reads the words in a photo of an offer a person sent (a screenshot of a Facebook or Zalo post, a picture of a
 * leaflet): fetched through its channel, at most {@code lighthouse.offer.photo.max-size} within {@code fetch-timeout};
 * opened and read in memory by Tesseract within {@code read-timeout}. The photo is never stored. What is read loses the
 * lines of the app's screen ({@link ScreenLines}) and is blanked of phone numbers as typed text is, so that the offer
 * check treats it as if the person had typed the post.
 */
@Component
public class OfferPhotos {

    private static final Logger log = LoggerFactory.getLogger(OfferPhotos.class);
    private static final ScreenLines SCREEN = new ScreenLines();
    private static final Pattern BLOCKS = Pattern.compile("\\n\\s*\\n");
    private static final Pattern LINE_ENDS = Pattern.compile("\\s*\\n\\s*");

    private final List<PhotoFetcher> fetchers;
    private final TesseractReader tesseract;
    private final PhotoSettings settings;

    OfferPhotos(List<PhotoFetcher> fetchers, TesseractReader tesseract, PhotoSettings settings) {
        this.fetchers = fetchers;
        this.tesseract = tesseract;
        this.settings = settings;
    }

    /** Whether a photo sent in this chat can be read: its channel fetches photos, and Tesseract is here. */
    public boolean readable(ChatRef chat) {
        return tesseract.missing().isEmpty() && fetcher(chat).isPresent();
    }

    /** Reads the photo of a {@link Inbound.Kind#MEDIA} event. Never throws; takes at most both timeouts. */
    public PhotoReading read(Inbound photo) {
        if (tesseract.missing().isPresent()) {
            return new PhotoReading.Unavailable();
        }
        PhotoFetch fetched = fetcher(photo.chat()).map(f -> f.fetch(photo, settings.maxSize().toBytes(),
                settings.fetchTimeout())).orElse(new PhotoFetch.Failed("no photos on this channel"));
        if (!(fetched instanceof PhotoFetch.Fetched photoBytes)) {
            log.info("A photo of an offer in {} could not be fetched: {}", photo.chat().channel().app(), fetched);
            return new PhotoReading.NotFetched();
        }
        Optional<BufferedImage> image = PhotoImage.open(photoBytes.bytes());
        if (image.isEmpty()) {
            return new PhotoReading.NotFetched();
        }
        long start = System.nanoTime();
        PhotoReading reading = tesseract.read(image.get(), start + settings.readTimeout().toNanos());
        log.debug("Read a {}x{} photo in {} ms", image.get().getWidth(), image.get().getHeight(),
                (System.nanoTime() - start) / 1_000_000);
        return reading instanceof PhotoReading.Read read ? judged(read.text()) : reading;
    }

    /** What Tesseract read, without the app's screen around the post, if it reads as words. */
    static PhotoReading judged(String read) {
        String text = unwrapped(SCREEN.leaveOut(Normalizer.normalize(read, Normalizer.Form.NFC)));
        return Legibility.enough(text) ? new PhotoReading.Read(Redaction.phones(text)) : new PhotoReading.Unreadable();
    }

    /**
     * The text with each block's lines joined: Tesseract ends a line where the picture does, and the offer's phrases
     * ("không cần hộ / chiếu") run on across them. Blocks (an empty line apart: the poster's name, the post) stay
     * apart.
     */
    private static String unwrapped(String text) {
        return BLOCKS.splitAsStream(text.strip()).map(block -> LINE_ENDS.matcher(block.strip()).replaceAll(" "))
                .collect(Collectors.joining("\n"));
    }

    private Optional<PhotoFetcher> fetcher(ChatRef chat) {
        return fetchers.stream().filter(f -> f.covers(chat)).findFirst();
    }
}
