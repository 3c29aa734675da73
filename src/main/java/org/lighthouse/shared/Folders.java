package org.lighthouse.shared;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the editable folders ({@code content/}, {@code locales/}): on disk under the working directory when they are
 * there, so that authors can change them without a rebuild, or else the copy packaged in the jar.
 */
public final class Folders {

    private Folders() {
    }

    /** A Spring resource location ending in "/", for example {@code file:/srv/lighthouse/content/}. */
    public static String locate(Path root, String folder) {
        Path onDisk = root.resolve(folder);
        if (Files.isDirectory(onDisk)) {
            return onDisk.toUri().toString();
        }
        return "classpath:" + folder + "/";
    }
}
