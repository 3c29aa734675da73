package org.lighthouse.offer.photo;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lighthouse.testing.OfferPictures;

/** What reading a photo gives for pictures that are not a clean offer, and where Tesseract cannot read at all. */
class OfferPhotoReadingTest {

    private static final String OFFER = "Cần gấp 10 bạn nữ làm phục vụ ở Trung Quốc, lương 25 triệu, không cần hộ"
            + " chiếu, gọi 0912 345 678.";

    private static TesseractReader tesseract;

    @BeforeAll
    static void start() {
        tesseract = new TesseractReader(new PhotoSettings(null, null, null, null, null));
    }

    @AfterAll
    static void stop() {
        tesseract.close();
    }

    /** Noise, a landscape and a greeting card's three words are too little to check: the person is asked to type. */
    @Test
    void picturesWithoutAnOfferAreUnreadable() {
        assertThat(read(OfferPictures.noise(300, 200, 7))).isInstanceOf(PhotoReading.Unreadable.class);
        assertThat(read(OfferPictures.landscape(900, 600))).isInstanceOf(PhotoReading.Unreadable.class);
        assertThat(read(OfferPictures.plain("Chúc mừng năm mới!", "DejaVu Sans", 40, 800).png()))
                .isInstanceOf(PhotoReading.Unreadable.class);
    }

    /** What is read is blanked of phone numbers, as typed text is before it is stored. */
    @Test
    void phoneNumbersReadAreBlanked() {
        PhotoReading reading = read(OfferPictures.plain(OFFER, "DejaVu Sans", 26, 900).png());
        assertThat(reading).isInstanceOfSatisfying(PhotoReading.Read.class, read -> assertThat(read.text())
                .contains("Trung Quốc").contains("[phone]").doesNotContain("345"));
    }

    /** A screenshot's like / comment / share bar and counts are the app's, not the offer's, and are left out. */
    @Test
    void theAppsScreenIsLeftOut() {
        String read = "Việc Làm 24h\n2 giờ\nTuyển gấp 5 bạn nữ đi làm xa, lương cao, đi ngay\n1,2K 356 bình luận"
                + " 48 lượt chia sẻ\nL) Thích O Bình luận ^ Chia sẻ";
        assertThat(OfferPhotos.judged(read)).isEqualTo(new PhotoReading.Read(
                "Việc Làm 24h 2 giờ Tuyển gấp 5 bạn nữ đi làm xa, lương cao, đi ngay"));
        assertThat(new ScreenLines().leaveOut("Anh gửi tiền xe\nthích em lắm")).isEqualTo(
                "Anh gửi tiền xe\nthích em lắm");
    }

    /** A post's lines run on into one another, as typed; its blocks (the poster, the post) stay apart. */
    @Test
    void linesAreJoinedWithinABlock() {
        assertThat(OfferPhotos.judged("Việc Làm 24h\n2 giờ\n\nlương 25tr/tháng, không\ncần hộ chiếu, bao ăn ở\n"))
                .isEqualTo(new PhotoReading.Read("Việc Làm 24h 2 giờ\nlương 25tr/tháng, không cần hộ chiếu, bao ăn ở"));
    }

    /** A transparent screenshot is read on white: its background does not turn black under the black letters. */
    @Test
    void aTransparentPictureIsReadOnWhite() throws IOException {
        BufferedImage picture = new BufferedImage(900, 120, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = picture.createGraphics();
        g.setColor(Color.BLACK);
        g.setFont(new Font("DejaVu Sans", Font.PLAIN, 26));
        g.drawString("Tuyển gấp nữ đi làm bên Trung Quốc, lương cao", 20, 70);
        g.dispose();
        assertThat(read(png(picture))).isInstanceOfSatisfying(PhotoReading.Read.class,
                read -> assertThat(read.text()).contains("Trung Quốc"));
    }

    /** What is no picture, and a picture that claims 100 megapixels in a few bytes, are not opened. */
    @Test
    void whatIsNoPictureOrTooLargeIsNotOpened() throws IOException {
        assertThat(PhotoImage.open("%PDF-1.4 not a picture".getBytes())).isEmpty();
        byte[] png = png(new BufferedImage(10, 10, BufferedImage.TYPE_BYTE_GRAY));
        // the width and height in the PNG header (IHDR), said to be 10,000 x 10,000
        png[16] = 0;
        png[17] = 0;
        png[18] = 0x27;
        png[19] = 0x10;
        png[20] = 0;
        png[21] = 0;
        png[22] = 0x27;
        png[23] = 0x10;
        assertThat(PhotoImage.open(png)).isEmpty();
    }

    /** A narrow screenshot is enlarged twice for reading; a camera's large photo is reduced. */
    @Test
    void picturesAreSizedForReading() {
        BufferedImage narrow = PhotoImage.grey(new BufferedImage(720, 1600, BufferedImage.TYPE_INT_RGB));
        assertThat(narrow.getWidth()).isEqualTo(1440);
        assertThat(narrow.getType()).isEqualTo(BufferedImage.TYPE_BYTE_GRAY);
        BufferedImage camera = PhotoImage.grey(new BufferedImage(4000, 3000, BufferedImage.TYPE_INT_RGB));
        assertThat((long) camera.getWidth() * camera.getHeight()).isLessThanOrEqualTo(PhotoImage.MOST_PIXELS);
    }

    /** Reading stops at its deadline, Tesseract's own work included, and says it took too long. */
    @Test
    void readingStopsAtItsDeadline() {
        BufferedImage picture = PhotoImage.open(OfferPictures.plain(OFFER.repeat(12), "DejaVu Serif", 24, 900).png())
                .orElseThrow();
        long start = System.nanoTime();
        assertThat(tesseract.read(picture, start + 300_000_000L)).isInstanceOf(PhotoReading.TooSlow.class);
        assertThat(System.nanoTime() - start).isLessThan(5_000_000_000L);
    }

    /** Without the language data where the setting says, nothing is read and the reason is there for health. */
    @Test
    void missingLanguageDataMakesReadingUnavailable() {
        try (TesseractReader without = new TesseractReader(new PhotoSettings(Path.of("/nonexistent/tessdata"), null,
                null, null, null))) {
            assertThat(without.missing()).hasValueSatisfying(missing -> assertThat(missing.what())
                    .isEqualTo("Tesseract's data for 'vie'").doesNotContain("/nonexistent"));
            assertThat(without.read(new BufferedImage(10, 10, BufferedImage.TYPE_BYTE_GRAY), System.nanoTime()
                    + 1_000_000_000L)).isInstanceOf(PhotoReading.Unavailable.class);
        }
    }

    private static PhotoReading read(byte[] picture) {
        PhotoReading reading = tesseract.read(PhotoImage.open(picture).orElseThrow(), System.nanoTime()
                + 60_000_000_000L);
        return reading instanceof PhotoReading.Read read ? OfferPhotos.judged(read.text()) : reading;
    }

    private static byte[] png(BufferedImage picture) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(picture, "png", out);
        return out.toByteArray();
    }
}
