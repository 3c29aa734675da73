package org.lighthouse.safety.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** A model shipped as a class path file, which must be what training gives today. */
final class ShippedFile {

    private ShippedFile() {
    }

    /**
     * Asserts that the shipped file holds the trained bytes; with the system property {@code write} set to the file's
     * path in {@code src/main/resources}, first writes them there.
     */
    static void assertCurrent(String resource, byte[] trained, String write) throws IOException {
        String target = System.getProperty(write);
        if (target != null) {
            Files.write(Path.of(target), trained);
        }
        byte[] shipped;
        try (InputStream in = ShippedFile.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            shipped = in.readAllBytes();
        }
        assertThat(target == null ? shipped : Files.readAllBytes(Path.of(target)))
                .as("the shipped model is stale: train it again with -D" + write + "=<its path in src/main/resources>")
                .isEqualTo(trained);
    }
}
