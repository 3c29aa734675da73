package org.lighthouse.testing;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.mockwebserver.MockResponse;
import okio.Buffer;

/**
 * The pictures a platform's stand-in serves from its own HTTP server, under {@code /cdn/}, as Zalo's and Meta's
 * servers serve the photo a person sent at the address its event carries.
 */
final class PictureHost {

    private static final String PREFIX = "/cdn/";

    private final Map<String, byte[]> pictures = new ConcurrentHashMap<>();
    private final AtomicInteger next = new AtomicInteger(1);

    /** Keeps the picture; returns its address on the server at {@code base} ({@code http://127.0.0.1:<port>}). */
    String put(String base, byte[] picture) {
        String path = PREFIX + "p" + next.getAndIncrement() + ".png";
        pictures.put(path, picture);
        return base + path;
    }

    boolean serves(String path) {
        return path.startsWith(PREFIX);
    }

    /** The picture, or 404 for an address that names none. */
    MockResponse serve(String path) {
        byte[] picture = pictures.get(path);
        return picture == null ? new MockResponse().setResponseCode(404)
                : new MockResponse().setHeader("Content-Type", "image/png").setBody(new Buffer().write(picture));
    }
}
