package org.lighthouse.shared;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the editable folders are looked for.
 *
 * @param root the folder that holds {@code content/} and {@code locales/}; the working directory by default
 */
@ConfigurationProperties("lighthouse.files")
public record FilesSettings(Path root) {

    public FilesSettings {
        root = root == null ? Path.of(".") : root;
    }

    public String locate(String folder) {
        return Folders.locate(root, folder);
    }
}
