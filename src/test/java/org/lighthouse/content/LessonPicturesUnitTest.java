package org.lighthouse.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.lighthouse.content.ContentFiles.ContentFile;
import org.lighthouse.content.loading.ContentReader;
import org.lighthouse.content.loading.LoadedContent;
import org.lighthouse.shared.FilesSettings;
import org.lighthouse.shared.Language;

/** Every lesson of the project shows a picture that phones can display, with words for those who cannot see it. */
class LessonPicturesUnitTest {

    private static final Path PROJECT = Path.of(".");

    /**
     * Each lesson's picture exists and, fetched as the bot fetches it, is a PNG 800 pixels wide in the drawing's 4:3
     * shape with a real picture on it (several colours, none covering nine tenths of it); its words are in vi, en and
     * hmn.
     */
    @Test
    void everyLessonHasAPictureThatDraws() throws IOException {
        LoadedContent content = ContentReader.read(new FilesSettings(PROJECT).locate("content"));
        ContentFiles files = new ContentFiles(new FilesSettings(PROJECT));
        assertThat(content.lessons()).hasSizeGreaterThanOrEqualTo(16);
        for (Lesson lesson : content.lessons()) {
            Lesson.Image image = lesson.cards().get(0).image();
            assertThat(image).as(lesson.id() + " has a picture on its first card").isNotNull();
            assertThat(Language.values()).allSatisfy(language -> assertThat(image.alt().in(language))
                    .as(lesson.id() + " alt " + language).isPresent());
            ContentFile png = files.picture(image.file()).orElseThrow();
            assertThat(png.mediaType()).isEqualTo("image/png");
            assertThat(png.name()).isEqualTo(lesson.id() + ".png");
            BufferedImage drawn = ImageIO.read(new ByteArrayInputStream(png.bytes()));
            assertThat(drawn.getWidth()).as(lesson.id()).isEqualTo(800);
            assertThat(drawn.getHeight()).as(lesson.id()).isEqualTo(600);
            assertThat(drawn.getRGB(0, 0) >>> 24).as(lesson.id() + " corner, opaque as a photo must be").isEqualTo(255);
            Map<Integer, Integer> colours = colours(drawn);
            int pixels = colours.values().stream().mapToInt(Integer::intValue).sum();
            assertThat(colours).as(lesson.id() + " colours").hasSizeGreaterThanOrEqualTo(5);
            assertThat(Collections.max(colours.values())).as(lesson.id() + " background").isLessThan(pixels * 9 / 10);
        }
    }

    /** How many of every 16th pixel have each colour. */
    private static Map<Integer, Integer> colours(BufferedImage image) {
        Map<Integer, Integer> colours = new HashMap<>();
        for (int y = 0; y < image.getHeight(); y += 4) {
            for (int x = 0; x < image.getWidth(); x += 4) {
                colours.merge(image.getRGB(x, y), 1, Integer::sum);
            }
        }
        return colours;
    }
}
