package org.lighthouse.content.loading;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import org.apache.batik.transcoder.SVGAbstractTranscoder;
import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.PNGTranscoder;

/** Draws an SVG picture as a PNG, since the chat apps show photos, not SVG. */
public final class SvgDrawing {

    /** The width the chat apps get: sharp on a phone, and small enough to send quickly (flat pictures compress). */
    public static final int WIDTH = 800;

    private SvgDrawing() {
    }

    /**
     * The picture drawn {@code width} pixels wide, its height following the SVG's proportions.
     *
     * @throws PictureNotDrawn when the SVG cannot be read or drawn
     */
    public static byte[] png(byte[] svg, int width) {
        PNGTranscoder transcoder = new PNGTranscoder();
        transcoder.addTranscodingHint(SVGAbstractTranscoder.KEY_WIDTH, (float) width);
        // a picture of the content draws from its own file only: nothing fetched, no script run
        transcoder.addTranscodingHint(SVGAbstractTranscoder.KEY_ALLOW_EXTERNAL_RESOURCES, false);
        transcoder.addTranscodingHint(SVGAbstractTranscoder.KEY_EXECUTE_ONLOAD, false);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            TranscoderInput input = new TranscoderInput(new ByteArrayInputStream(svg));
            input.setURI("file:/content/picture.svg");
            transcoder.transcode(input, new TranscoderOutput(png));
        } catch (TranscoderException | RuntimeException e) {
            throw new PictureNotDrawn(e);
        }
        return png.toByteArray();
    }

    /** An SVG that cannot be read or drawn; the message says why, as Batik does. */
    public static final class PictureNotDrawn extends RuntimeException {

        PictureNotDrawn(Exception cause) {
            super(reason(cause), cause);
        }

        private static String reason(Exception cause) {
            Throwable inner = cause instanceof TranscoderException t && t.getException() != null ? t.getException()
                    : cause;
            String message = inner.getMessage() == null ? inner.getClass().getSimpleName() : inner.getMessage();
            return message.strip().lines().findFirst().orElse(message);
        }
    }
}
