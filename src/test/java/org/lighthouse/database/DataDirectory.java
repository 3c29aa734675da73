package org.lighthouse.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** What the files under a data directory hold, read as raw bytes. */
final class DataDirectory {

    private DataDirectory() {
    }

    /**
     * The files under {@code dir} that hold any of the texts: their UTF-8 bytes as they are, or the file's text and
     * theirs both in lower case.
     */
    static List<Path> filesHolding(Path dir, String... texts) {
        while (true) {
            try (Stream<Path> files = Files.walk(dir)) {
                return files.filter(Files::isRegularFile).filter(file -> holds(file, texts)).toList();
            } catch (UncheckedIOException e) {
                if (!(e.getCause() instanceof NoSuchFileException)) {
                    throw e;
                }
                // the journal renamed a file between listing and reading it: look at the directory again
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static boolean holds(Path file, String... texts) {
        byte[] bytes = read(file);
        String folded = new String(bytes, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
        for (String text : texts) {
            if (indexOf(bytes, text.getBytes(StandardCharsets.UTF_8)) >= 0
                    || folded.contains(text.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return new byte[0]; // renamed or deleted meanwhile
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
