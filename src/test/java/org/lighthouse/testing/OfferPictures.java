package org.lighthouse.testing;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Pictures of offers drawn from their text with Java2D, as people send them: black on white (a leaflet, a note), or a
 * phone's screenshot of a post (a white card on light grey: the poster's avatar, name and time, the post, its likes,
 * and the like / comment / share bar with its icons). Each comes with every word drawn in it, in reading order: what a
 * reader of the picture should read.
 */
public final class OfferPictures {

    private static final Color PAGE = new Color(0xF0F2F5);
    private static final Color INK = new Color(0x050505);
    private static final Color GREY = new Color(0x65676B);
    private static final Color LINE = new Color(0xCED0D4);
    private static final String LIKES = "1,2K 356 bình luận 48 lượt chia sẻ";
    private static final String[] BAR = {"Thích", "Bình luận", "Chia sẻ"};

    /**
     * A picture.
     *
     * @param words every word drawn in it, in reading order
     * @param content the words a person would type to say what it shows: all but the app's screen (the likes and
     *     the like / comment / share bar)
     */
    public record Picture(BufferedImage image, String words, String content) {

        public byte[] png() {
            return OfferPictures.png(image);
        }

        /** As a JPEG of the given quality (0 to 1): Telegram sends every photo as one, at about 0.8. */
        public byte[] jpeg(float quality) {
            ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
                ImageWriteParam settings = writer.getDefaultWriteParam();
                settings.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                settings.setCompressionQuality(quality);
                writer.setOutput(stream);
                writer.write(null, new IIOImage(image, null, null), settings);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                writer.dispose();
            }
            return out.toByteArray();
        }
    }

    private OfferPictures() {
    }

    /**
     * Whether the machine's font has a letter for every character of the text: Debian's Liberation fonts have none for
     * Vietnamese letters such as {@code ầ} or {@code ạ}, and Java would draw boxes instead.
     */
    public static boolean draws(String font, String text) {
        return new Font(font, Font.PLAIN, 12).canDisplayUpTo(text) < 0;
    }

    /** The text alone, black on white, {@code width} pixels wide, in a font of the machine at {@code size} pixels. */
    public static Picture plain(String text, String font, int size, int width) {
        Font face = face(font, size, text);
        List<String> lines = wrap(text, face, width - 2 * size);
        int lineHeight = (int) (size * 1.4);
        BufferedImage image = new BufferedImage(width, (lines.size() + 2) * lineHeight, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = canvas(image, Color.WHITE);
        g.setColor(Color.BLACK);
        g.setFont(face);
        int y = lineHeight + size / 2;
        for (String line : lines) {
            g.drawString(line, size, y);
            y += lineHeight;
        }
        g.dispose();
        return new Picture(image, text, text);
    }

    /** A screenshot of a post by {@code poster} on a phone {@code width} pixels wide, its text at {@code size}. */
    public static Picture post(String poster, String text, String font, int size, int width) {
        Font face = face(font, size, postWords(poster, text));
        int margin = size;
        int card = size / 2;
        List<String> lines = wrap(text, face, width - 2 * card - 2 * margin);
        int lineHeight = (int) (size * 1.35);
        int top = card + margin + 3 * size;
        int height = top + lines.size() * lineHeight + 6 * size;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = canvas(image, PAGE);
        g.setColor(Color.WHITE);
        g.fillRoundRect(card, card, width - 2 * card, height - 2 * card, size, size);
        header(g, poster, face, card + margin, card + margin);
        g.setColor(INK);
        g.setFont(face);
        int y = top + size;
        for (String line : lines) {
            g.drawString(line, card + margin, y);
            y += lineHeight;
        }
        footer(g, face, card + margin, y, width - 2 * card - 2 * margin);
        g.dispose();
        return new Picture(image, postWords(poster, text), poster + "\n2 giờ\n" + text);
    }

    private static String postWords(String poster, String text) {
        return poster + " 2 giờ " + text + " " + LIKES + " " + String.join(" ", BAR);
    }

    private static Font face(String font, int size, String text) {
        if (!draws(font, text)) {
            throw new IllegalArgumentException("the font " + font + " cannot draw every letter of: " + text);
        }
        return new Font(font, Font.PLAIN, size);
    }

    /** Grey noise: no words in it. */
    public static byte[] noise(int width, int height, long seed) {
        Random random = new Random(seed);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int level = random.nextInt(256);
                image.setRGB(x, y, level << 16 | level << 8 | level);
            }
        }
        return png(image);
    }

    /** A picture without text, as a landscape: sky, hills, a sun. */
    public static byte[] landscape(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = canvas(image, Color.WHITE);
        g.setPaint(new GradientPaint(0, 0, new Color(0x87CEEB), 0, height, Color.WHITE));
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(0xFFD54F));
        g.fillOval(width * 3 / 4, height / 10, width / 8, width / 8);
        g.setColor(new Color(0x2E7D32));
        g.fillPolygon(new int[] {0, width / 3, width * 2 / 3, width, width, 0},
                new int[] {height * 2 / 3, height / 3, height / 2, height / 4, height, height}, 6);
        g.dispose();
        return png(image);
    }

    private static void header(Graphics2D g, String poster, Font face, int x, int y) {
        int size = face.getSize();
        g.setColor(new Color(0x1877F2));
        g.fillOval(x, y, 2 * size, 2 * size);
        g.setColor(INK);
        g.setFont(face.deriveFont(Font.BOLD));
        g.drawString(poster, x + 3 * size, y + size);
        g.setColor(GREY);
        g.setFont(face.deriveFont(size * 0.75f));
        g.drawString("2 giờ", x + 3 * size, y + 2 * size);
    }

    /** The likes, a line, and the bar: each label after its icon (a thumb, a bubble, an arrow). */
    private static void footer(Graphics2D g, Font face, int x, int y, int width) {
        int size = face.getSize();
        g.setFont(face.deriveFont(size * 0.8f));
        g.setColor(GREY);
        g.drawString(LIKES, x, y + size / 2);
        g.setColor(LINE);
        g.drawLine(x, y + size, x + width, y + size);
        int base = y + 3 * size;
        int step = width / BAR.length;
        g.setStroke(new BasicStroke(Math.max(2, size / 10f)));
        for (int i = 0; i < BAR.length; i++) {
            int at = x + i * step + size / 2;
            g.setColor(GREY);
            switch (i) {
                case 0 -> g.drawRoundRect(at, base - size, size, size, size / 3, size / 3);
                case 1 -> g.drawOval(at, base - size, size, size * 4 / 5);
                default -> g.drawPolyline(new int[] {at, at + size / 2, at + size, at + size / 2},
                        new int[] {base, base - size, base - size / 2, base - size / 2}, 4);
            }
            g.drawString(BAR[i], at + (int) (size * 1.5), base);
        }
    }

    private static List<String> wrap(String text, Font face, int width) {
        BufferedImage probe = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = probe.createGraphics();
        FontMetrics metrics = g.getFontMetrics(face);
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String longer = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && metrics.stringWidth(longer) > width) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(longer);
            }
        }
        lines.add(line.toString());
        g.dispose();
        return lines;
    }

    private static Graphics2D canvas(BufferedImage image, Color background) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(background);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        return g;
    }

    /** The picture as a PNG file's bytes. */
    public static byte[] png(BufferedImage image) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
