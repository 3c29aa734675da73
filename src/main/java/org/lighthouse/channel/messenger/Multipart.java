package org.lighthouse.channel.messenger;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** A {@code multipart/form-data} body, as the Send API takes an uploaded file: named fields, then the file. */
final class Multipart {

    private final String boundary;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    Multipart(String boundary) {
        this.boundary = boundary;
    }

    Multipart field(String name, String value) {
        write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n");
        return this;
    }

    Multipart file(String name, String fileName, String mediaType, byte[] content) {
        write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\""
                + fileName.replaceAll("[\"\\r\\n]", "_") + "\"\r\nContent-Type: " + mediaType + "\r\n\r\n");
        out.writeBytes(content);
        write("\r\n");
        return this;
    }

    byte[] bytes() {
        write("--" + boundary + "--\r\n");
        return out.toByteArray();
    }

    private void write(String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
