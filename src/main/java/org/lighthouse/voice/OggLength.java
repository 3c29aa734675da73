package org.lighthouse.voice;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * How long an Ogg recording plays, from its own headers: the last page's granule position counts samples, at 48 kHz
 * for Opus (Telegram's voice notes) after the pre-skip of its OpusHead, at the stream's rate for Vorbis. Empty when
 * the bytes are no Ogg Opus or Vorbis stream.
 */
final class OggLength {

    private static final byte[] PAGE = "OggS".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] OPUS = "OpusHead".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] VORBIS = "\u0001vorbis".getBytes(StandardCharsets.US_ASCII);
    private static final int OPUS_RATE = 48_000;

    private OggLength() {
    }

    static Optional<Duration> of(byte[] ogg) {
        if (indexOf(ogg, PAGE, 0) != 0) {
            return Optional.empty();
        }
        int last = lastIndexOf(ogg, PAGE);
        if (last + 14 > ogg.length) {
            return Optional.empty();
        }
        long granule = little(ogg).getLong(last + 6);
        int opus = indexOf(ogg, OPUS, 0);
        if (opus >= 0 && opus + 12 <= ogg.length) {
            int preSkip = Short.toUnsignedInt(little(ogg).getShort(opus + 10));
            return Optional.of(Duration.ofMillis(Math.max(0, granule - preSkip) * 1000 / OPUS_RATE));
        }
        int vorbis = indexOf(ogg, VORBIS, 0);
        if (vorbis >= 0 && vorbis + 16 <= ogg.length) {
            long rate = Integer.toUnsignedLong(little(ogg).getInt(vorbis + 12));
            return rate == 0 ? Optional.empty() : Optional.of(Duration.ofMillis(Math.max(0, granule) * 1000 / rate));
        }
        return Optional.empty();
    }

    private static ByteBuffer little(byte[] bytes) {
        return ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    }

    private static int indexOf(byte[] bytes, byte[] part, int from) {
        for (int i = from; i + part.length <= bytes.length; i++) {
            if (startsAt(bytes, part, i)) {
                return i;
            }
        }
        return -1;
    }

    private static int lastIndexOf(byte[] bytes, byte[] part) {
        for (int i = bytes.length - part.length; i >= 0; i--) {
            if (startsAt(bytes, part, i)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean startsAt(byte[] bytes, byte[] part, int at) {
        for (int j = 0; j < part.length; j++) {
            if (bytes[at + j] != part[j]) {
                return false;
            }
        }
        return true;
    }
}
