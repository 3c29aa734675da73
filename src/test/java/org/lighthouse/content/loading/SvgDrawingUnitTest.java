package org.lighthouse.content.loading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.lighthouse.content.loading.SvgDrawing.PictureNotDrawn;

/** SVG pictures are checked quickly at start and drawn as PNG at the width asked, in their own proportions. */
class SvgDrawingUnitTest {

    private static final String SQUARE = """
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 3"><rect width="2" height="3" fill="#D62828"/></svg>
            """;

    /** A 4:3 drawing asked 80 pixels wide is 80 by 60, its left half red and its right half clear. */
    @Test
    void drawsAtTheWidthAskedInItsProportions() throws IOException {
        BufferedImage png = ImageIO.read(new ByteArrayInputStream(SvgDrawing.png(bytes(SQUARE), 80)));
        assertThat(png.getWidth()).isEqualTo(80);
        assertThat(png.getHeight()).isEqualTo(60);
        assertThat(png.getRGB(10, 30) & 0xFFFFFF).isEqualTo(0xD62828);
        assertThat(png.getRGB(70, 30)).as("nothing drawn there: white, not transparent").isEqualTo(0xFFFFFFFF);
    }

    /** The quick check takes an SVG with a viewBox, and names what is wrong with anything else. */
    @Test
    void checkNamesWhatIsWrong() {
        assertThatCode(() -> SvgDrawing.check(bytes(SQUARE))).doesNotThrowAnyException();
        assertThatThrownBy(() -> SvgDrawing.check(bytes("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"4\"/>")))
                .isInstanceOf(PictureNotDrawn.class).hasMessageContaining("no viewBox");
        assertThatThrownBy(() -> SvgDrawing.check(bytes("<html viewBox=\"0 0 4 3\"/>")))
                .isInstanceOf(PictureNotDrawn.class).hasMessageContaining("root is not <svg");
        assertThatThrownBy(() -> SvgDrawing.check(bytes("<svg")))
                .isInstanceOf(PictureNotDrawn.class);
    }

    /** A picture that declares a DOCTYPE (the way XML fetches other files) is refused before anything is fetched. */
    @Test
    void refusesADoctype() {
        String outside = "<!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 4 3\">&x;</svg>";
        assertThatThrownBy(() -> SvgDrawing.check(bytes(outside))).isInstanceOf(PictureNotDrawn.class)
                .hasMessageContaining("DOCTYPE");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
