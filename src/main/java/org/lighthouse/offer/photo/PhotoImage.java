package org.lighthouse.offer.photo;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Opens a photo for Tesseract: in memory only (ImageIO's default stream would copy the picture into a temporary
 * file), in grey levels on white (a transparent screenshot's background would otherwise turn black, under black
 * letters), enlarged twice when narrower than {@value #NARROW} pixels (Tesseract reads letters best some 20-30 pixels
 * high; a 720-pixel screenshot has them at 12-16) and reduced to about {@value #MOST_PIXELS} pixels when larger (a
 * camera's 12 megapixels take seconds and read no better). A picture said to be larger than {@value #MOST_DECODED}
 * pixels is not decoded at all: a few kilobytes of PNG can claim gigabytes.
 */
final class PhotoImage {

    static final int NARROW = 1000;
    static final long MOST_PIXELS = 6_000_000;
    static final long MOST_DECODED = 50_000_000;

    private PhotoImage() {
    }

    /** The picture, grey and sized for reading; empty when the bytes are no picture Java opens (JPEG, PNG, GIF...). */
    static Optional<BufferedImage> open(byte[] bytes) {
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                if ((long) reader.getWidth(0) * reader.getHeight(0) > MOST_DECODED) {
                    return Optional.empty();
                }
                return Optional.of(grey(reader.read(0)));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    static BufferedImage grey(BufferedImage picture) {
        double scale = scale(picture.getWidth(), picture.getHeight());
        int width = Math.max(1, (int) Math.round(picture.getWidth() * scale));
        int height = Math.max(1, (int) Math.round(picture.getHeight() * scale));
        BufferedImage grey = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = grey.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.drawImage(picture, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return grey;
    }

    private static double scale(int width, int height) {
        double scale = width < NARROW ? 2 : 1;
        double pixels = (double) width * height * scale * scale;
        return pixels > MOST_PIXELS ? scale * Math.sqrt(MOST_PIXELS / pixels) : scale;
    }
}
