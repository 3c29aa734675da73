package org.lighthouse.content;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.lighthouse.content.loading.SvgDrawing;
import org.lighthouse.shared.FilesSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/** The files that content refers to, such as a card's image, read from the same folder as the content. */
@Component
public class ContentFiles {

    private static final Logger log = LoggerFactory.getLogger(ContentFiles.class);

    private final String location;
    private final DefaultResourceLoader loader = new DefaultResourceLoader();
    /** Pictures as the chat apps get them, by path: drawn once, on first use (a few, of some 30 KB each). */
    private final Map<String, Optional<ContentFile>> pictures = new ConcurrentHashMap<>();

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

    /**
     * The picture at a path under {@code content/} as the chat apps can show it: a PNG or JPEG as it is, an SVG drawn
     * as a PNG {@value SvgDrawing#WIDTH} pixels wide; empty if it cannot be read or drawn.
     */
    public Optional<ContentFile> picture(String path) {
        return pictures.computeIfAbsent(path, this::drawn);
    }

    private Optional<ContentFile> drawn(String path) {
        Optional<ContentFile> file = read(path);
        if (file.isEmpty() || !path.endsWith(".svg")) {
            return file;
        }
        try {
            String name = file.get().name().replaceFirst("\\.svg$", ".png");
            byte[] png = SvgDrawing.png(file.get().bytes(), SvgDrawing.WIDTH);
            return Optional.of(new ContentFile(name, "image/png", png));
        } catch (SvgDrawing.PictureNotDrawn e) {
            log.error("The picture content/{} cannot be drawn, so it is left out: {}", path, e.getMessage());
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
