package org.lighthouse.voice;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Small Ogg Opus streams as Telegram's voice notes are laid out: a page with the OpusHead (its pre-skip), one with
 * the OpusTags, and audio pages whose last granule position gives the length. The audio is silence.
 */
final class OggFiles {

    private static final int PRE_SKIP = 312;

    private OggFiles() {
    }

    static byte[] opus(double seconds) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteBuffer head = ByteBuffer.allocate(19).order(ByteOrder.LITTLE_ENDIAN);
        head.put("OpusHead".getBytes(StandardCharsets.US_ASCII)).put((byte) 1).put((byte) 1)
                .putShort((short) PRE_SKIP).putInt(48_000).putShort((short) 0).put((byte) 0);
        page(out, 2, 0, 0, head.array());
        byte[] tags = new byte[16];
        System.arraycopy("OpusTags".getBytes(StandardCharsets.US_ASCII), 0, tags, 0, 8);
        page(out, 0, 0, 1, tags);
        long samples = Math.round(seconds * 48_000);
        page(out, 0, PRE_SKIP + samples / 2, 2, new byte[] {(byte) 0xf8, (byte) 0xff, (byte) 0xfe});
        page(out, 4, PRE_SKIP + samples, 3, new byte[] {(byte) 0xf8, (byte) 0xff, (byte) 0xfe});
        return out.toByteArray();
    }

    private static void page(ByteArrayOutputStream out, int type, long granule, int sequence, byte[] packet) {
        ByteBuffer header = ByteBuffer.allocate(28).order(ByteOrder.LITTLE_ENDIAN);
        header.put("OggS".getBytes(StandardCharsets.US_ASCII)).put((byte) 0).put((byte) type).putLong(granule)
                .putInt(0x4c48).putInt(sequence).putInt(0).put((byte) 1).put((byte) packet.length);
        out.writeBytes(header.array());
        out.writeBytes(packet);
    }
}
