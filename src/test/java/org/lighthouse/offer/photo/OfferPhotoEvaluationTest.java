package org.lighthouse.offer.photo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lighthouse.offer.OfferCheck;
import org.lighthouse.offer.Risk;
import org.lighthouse.shared.TextFolding;
import org.lighthouse.testing.OfferPictures;
import org.lighthouse.testing.OfferPictures.Picture;

/**
 * Measures how well photos of offers are read: 22 offers written for it ({@code offer-photos/offers.txt}), each drawn
 * in its own style (phone screenshots of a post and black-on-white text; DejaVu and Liberation fonts, sans, serif and
 * mono; 22 to 40 pixels; 540 to 1,080 pixels wide), screenshots as JPEG and the rest as PNG, through the same opening
 * and reading as a person's photo. Prints per picture and overall: character accuracy (1 - edit distance / length, on
 * folded text: lower case, no diacritics, no punctuation, against every word drawn), whether the offer check rates
 * the risk read from the picture (the app's screen left out, as for a person's photo) as it rates what the picture
 * says typed (the poster's name and the post), and the time to open and read it.
 */
class OfferPhotoEvaluationTest {

    private static final double MIN_MEAN_ACCURACY = 0.90;
    private static final double MIN_SAME_RISK = 0.85;
    /** Screenshots reach the bot as Telegram sends photos: JPEG, at about this quality. */
    private static final float JPEG_QUALITY = 0.75f;
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    /** How one picture is drawn: as a post or plain, the font, its size and the picture's width. */
    private record Style(boolean post, String font, int size, int width) {
    }

    /** Liberation (Debian's has no Vietnamese letters) draws only the texts it can: English, and without diacritics. */
    private static final List<Style> STYLES = List.of(
            new Style(true, "DejaVu Sans", 28, 720),
            new Style(true, "DejaVu Sans Condensed", 40, 1080),
            new Style(false, "DejaVu Serif", 24, 900),
            new Style(false, "Liberation Sans", 26, 1000),
            new Style(true, "DejaVu Serif", 30, 720),
            new Style(false, "DejaVu Sans Mono", 22, 800),
            new Style(false, "Liberation Serif", 30, 720),
            new Style(true, "DejaVu Sans", 22, 540));

    private static TesseractReader tesseract;
    private static OfferCheck check;

    @BeforeAll
    static void start() {
        tesseract = new TesseractReader(new PhotoSettings(null, null, null, null, null));
        check = new OfferCheck();
    }

    @AfterAll
    static void stop() {
        tesseract.close();
    }

    /** Mean character accuracy 0.90 or more, and the same risk as typed for 85% of the pictures or more. */
    @Test
    void readsOffersInPicturesWellEnoughToCheckThem() {
        List<String[]> offers = offers();
        double accuracy = 0;
        int sameRisk = 0;
        long millis = 0;
        for (int i = 0; i < offers.size(); i++) {
            String poster = offers.get(i)[0];
            String post = offers.get(i)[1];
            Style style = styleFor(i, poster + " " + post);
            Picture picture = style.post() ? OfferPictures.post(poster, post, style.font(), style.size(), style.width())
                    : OfferPictures.plain(post, style.font(), style.size(), style.width());
            long start = System.nanoTime();
            byte[] sent = style.post() ? picture.jpeg(JPEG_QUALITY) : picture.png();
            PhotoReading reading = tesseract.read(PhotoImage.open(sent).orElseThrow(), start + 60_000_000_000L);
            long took = (System.nanoTime() - start) / 1_000_000;
            String raw = ((PhotoReading.Read) reading).text();
            String read = OfferPhotos.judged(raw) instanceof PhotoReading.Read judged ? judged.text() : "";
            double score = accuracy(raw, picture.words());
            Risk typed = check.check(picture.content(), null).risk();
            Risk fromPicture = check.check(read, null).risk();
            accuracy += score;
            sameRisk += typed == fromPicture ? 1 : 0;
            millis += took;
            System.out.printf("photo %2d %-5s %-21s %2dpx %4dpx  accuracy %.3f  risk typed %-6s read %-6s %5d ms%n",
                    i + 1, style.post() ? "post" : "plain", style.font(), style.size(), style.width(), score, typed,
                    fromPicture, took);
            if (Boolean.getBoolean("photo.diagnose") && (typed != fromPicture || score < 0.9)) {
                System.out.printf("  drawn: %s%n  read:  %s%n", picture.words(), read.replace('\n', '|'));
            }
        }
        double meanAccuracy = accuracy / offers.size();
        double sameShare = (double) sameRisk / offers.size();
        System.out.printf("Photos of offers: %d pictures, mean character accuracy %.3f, same risk as typed %d of %d"
                + " (%.2f), %d ms a picture on average%n", offers.size(), meanAccuracy, sameRisk, offers.size(),
                sameShare, millis / offers.size());
        assertThat(meanAccuracy).as("mean character accuracy").isGreaterThanOrEqualTo(MIN_MEAN_ACCURACY);
        assertThat(sameShare).as("share read with the typed text's risk").isGreaterThanOrEqualTo(MIN_SAME_RISK);
    }

    /** The styles whose fonts draw the text, in turn. */
    private static Style styleFor(int index, String text) {
        List<Style> drawing = STYLES.stream()
                .filter(style -> OfferPictures.draws(style.font(), style.post() ? text + " Bình luận Chia sẻ" : text))
                .toList();
        return drawing.get(index % drawing.size());
    }

    /** 1 - edit distance / length of what was drawn, both folded to words; 0 at worst. */
    static double accuracy(String read, String drawn) {
        String got = folded(read);
        String expected = folded(drawn);
        return Math.max(0, 1 - (double) editDistance(got, expected) / expected.length());
    }

    private static String folded(String text) {
        return NOT_WORD.matcher(TextFolding.fold(text)).replaceAll(" ").strip();
    }

    private static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int change = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(change, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    /** The poster and the post of each offer. */
    private static List<String[]> offers() {
        try (InputStream in = OfferPhotoEvaluationTest.class.getResourceAsStream("/offer-photos/offers.txt")) {
            List<String[]> offers = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    offers.add(line.split("\t", 2));
                }
            }
            return offers;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
