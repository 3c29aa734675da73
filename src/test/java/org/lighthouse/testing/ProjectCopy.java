package org.lighthouse.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** A copy of the project's content and interface texts in a test folder, for tests that change them. */
public final class ProjectCopy {

    private ProjectCopy() {
    }

    /** Copies {@code content/} and {@code locales/} into the folder, which then serves as {@code lighthouse.files.root}. */
    public static Path into(Path root) throws IOException {
        copy(Path.of("locales"), root.resolve("locales"));
        copy(Path.of("content"), root.resolve("content"));
        return root;
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }
}
