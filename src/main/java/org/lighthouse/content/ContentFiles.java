package org.lighthouse.content;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Optional;
import org.lighthouse.shared.FilesSettings;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/** The files that content refers to, such as a card's image, read from the same folder as the content. */
@Component
public class ContentFiles {

    private final String location;
    private final DefaultResourceLoader loader = new DefaultResourceLoader();

    ContentFiles(FilesSettings files) {
        this.location = files.locate("content");
    }

    /** The file at a path under {@code content/}, with its media type; empty if it cannot be read. */
    public Optional<ContentFile> read(String path) {
        if (path.contains("..")) {
            return Optional.empty();
        }
        Resource resource = loader.getResource(location + path);
        try (InputStream in = resource.getInputStream()) {
            return Optional.of(new ContentFile(resource.getFilename(), mediaType(path), in.readAllBytes()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    static String mediaType(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".png")) {
            return "image/png";
        }
        return lower.endsWith(".jpg") || lower.endsWith(".jpeg") ? "image/jpeg" : "application/octet-stream";
    }

    /** A file's name, media type and bytes. */
    public record ContentFile(String name, String mediaType, byte[] bytes) {
    }
}
