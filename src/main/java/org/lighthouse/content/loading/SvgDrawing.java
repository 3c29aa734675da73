package org.lighthouse.content.loading;

import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.batik.transcoder.SVGAbstractTranscoder;
import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.ImageTranscoder;
import org.apache.batik.transcoder.image.PNGTranscoder;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/** Draws an SVG picture as a PNG, since the chat apps show photos, not SVG. */
public final class SvgDrawing {

    /** The width the chat apps get: sharp on a phone, and small enough to send quickly (flat pictures compress). */
    public static final int WIDTH = 800;
    private static final String SVG = "http://www.w3.org/2000/svg";

    private SvgDrawing() {
    }

    /**
     * The picture drawn {@code width} pixels wide, its height following the proportions of the SVG's viewBox.
     *
     * @throws PictureNotDrawn when the SVG cannot be read or drawn
     */
    public static byte[] png(byte[] svg, int width) {
        PNGTranscoder transcoder = new PNGTranscoder();
        transcoder.addTranscodingHint(SVGAbstractTranscoder.KEY_WIDTH, (float) width);
        transcoder.addTranscodingHint(SVGAbstractTranscoder.KEY_HEIGHT, height(checked(svg), width));
        // a picture of the content draws from its own file only: nothing fetched, no script run
        transcoder.addTranscodingHint(SVGAbstractTranscoder.KEY_ALLOW_EXTERNAL_RESOURCES, false);
        transcoder.addTranscodingHint(SVGAbstractTranscoder.KEY_EXECUTE_ONLOAD, false);
        // chat apps turn a photo into a JPEG, where what is transparent (a picture's rounded corners) comes out black
        transcoder.addTranscodingHint(ImageTranscoder.KEY_BACKGROUND_COLOR, Color.WHITE);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            TranscoderInput input = new TranscoderInput(new ByteArrayInputStream(svg));
            transcoder.transcode(input, new TranscoderOutput(png));
        } catch (TranscoderException | RuntimeException e) {
            throw new PictureNotDrawn(e);
        }
        return png.toByteArray();
    }

    /** The height in the proportions of the viewBox, which Batik would not follow without width and height. */
    private static float height(Element svg, int width) {
        String[] box = svg.getAttribute("viewBox").strip().split("[\\s,]+");
        try {
            return Math.round(width * Float.parseFloat(box[3]) / Float.parseFloat(box[2]));
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
            throw new PictureNotDrawn("its viewBox is not four numbers: " + String.join(" ", box));
        }
    }

    /**
     * Reads an SVG without drawing it, quickly enough for every start: well-formed XML whose root is an SVG element
     * with a {@code viewBox}, so that it scales to any width.
     *
     * @throws PictureNotDrawn when it is not
     */
    public static void check(byte[] svg) {
        checked(svg);
    }

    private static Element checked(byte[] svg) {
        Element root = root(svg);
        if (!"svg".equals(root.getLocalName()) || !SVG.equals(root.getNamespaceURI())) {
            throw new PictureNotDrawn("its root is not <svg xmlns=\"" + SVG + "\">");
        }
        if (root.getAttribute("viewBox").isBlank()) {
            throw new PictureNotDrawn("<svg> has no viewBox, so it cannot be drawn at the width the chat apps want");
        }
        return root;
    }

    private static Element root(byte[] xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            // a picture names no other file, so nothing that could fetch one is allowed
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            DocumentBuilder builder = factory.newDocumentBuilder();
            // problems are thrown, not printed
            builder.setErrorHandler(new DefaultHandler());
            return builder.parse(new ByteArrayInputStream(xml)).getDocumentElement();
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new PictureNotDrawn(e);
        }
    }

    /** An SVG that cannot be read or drawn; the message says why, as Batik does. */
    public static final class PictureNotDrawn extends RuntimeException {

        PictureNotDrawn(Exception cause) {
            super(reason(cause), cause);
        }

        PictureNotDrawn(String reason) {
            super(reason);
        }

        private static String reason(Exception cause) {
            Throwable inner = cause instanceof TranscoderException t && t.getException() != null ? t.getException()
                    : cause;
            String message = inner.getMessage() == null ? inner.getClass().getSimpleName() : inner.getMessage();
            return message.strip().lines().findFirst().orElse(message);
        }
    }
}
