package org.lighthouse.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import okhttp3.MultipartReader;
import okhttp3.mockwebserver.RecordedRequest;
import okio.Buffer;

/** The parts of a {@code multipart/form-data} request a stand-in received: fields and uploaded files. */
final class MultipartParts {

    private MultipartParts() {
    }

    /**
     * @param fileName the uploaded file's name, or null for a plain field
     * @param contentType the part's own Content-Type, or null
     */
    record Part(String name, String fileName, String contentType, byte[] bytes) {

        String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    static List<Part> of(RecordedRequest request, String contentType) throws IOException {
        String boundary = contentType.substring(contentType.indexOf("boundary=") + 9);
        List<Part> parts = new ArrayList<>();
        try (MultipartReader reader = new MultipartReader(new Buffer().write(request.getBody().readByteArray()),
                boundary)) {
            MultipartReader.Part part;
            while ((part = reader.nextPart()) != null) {
                String disposition = String.valueOf(part.headers().get("Content-Disposition"));
                String name = disposition.replaceAll(".*name=\"([^\"]+)\".*", "$1");
                String fileName = disposition.contains("filename=")
                        ? disposition.replaceAll(".*filename=\"([^\"]+)\".*", "$1") : null;
                parts.add(new Part(name, fileName, part.headers().get("Content-Type"), part.body().readByteArray()));
            }
        }
        return parts;
    }
}
