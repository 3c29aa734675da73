package org.lighthouse.content.loading;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.lighthouse.shared.DataDirectorySettings;
import org.lighthouse.shared.Language;
import tools.jackson.core.JacksonException;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * The reviews native speakers made in the chat: {@code reviews/<language>.yml} in the data directory, one entry per
 * review, oldest first. Only the bot writes it, one writer at a time, and a file is replaced whole (written beside it,
 * then moved over it), so that a reader never sees half of one.
 */
public final class ReviewStore {

    /** One writer at a time in this JVM; the file lock keeps out another process. */
    private static final Object WRITING = new Object();
    private static final YAMLMapper YAML = YAMLMapper.builder().enable(YAMLWriteFeature.LITERAL_BLOCK_STYLE)
            .disable(YAMLWriteFeature.SPLIT_LINES).disable(YAMLWriteFeature.WRITE_DOC_START_MARKER).build();

    private final Path folder;

    public ReviewStore(Path dataDir) {
        this.folder = dataDir.resolve("reviews");
    }

    /**
     * The data directory as the bot finds it: {@code --lighthouse.database.data-dir=...} among the arguments, else
     * {@code LIGHTHOUSE_DATA_DIR}, else {@code ./data}.
     */
    public static Path dataDir(String[] args, Map<String, String> environment) {
        String option = "--lighthouse.database.data-dir=";
        for (String arg : args) {
            if (arg.startsWith(option)) {
                return Path.of(arg.substring(option.length()));
            }
        }
        String variable = environment.get("LIGHTHOUSE_DATA_DIR");
        return variable == null || variable.isBlank() ? DataDirectorySettings.DEFAULT : Path.of(variable);
    }

    /** Every language's reviews, oldest first; a language nobody reviewed has none. */
    public Map<Language, List<TextReview>> readAll() {
        Map<Language, List<TextReview>> all = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            all.put(language, read(language));
        }
        return all;
    }

    /**
     * A language's reviews, oldest first.
     *
     * @throws ReviewStoreUnreadable when the file is there but is not a review file
     */
    public List<TextReview> read(Language language) {
        Path file = file(language);
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            ReviewFile read = YAML.readValue(file.toFile(), ReviewFile.class);
            return read == null || read.reviews() == null ? List.of() : List.copyOf(read.reviews());
        } catch (JacksonException e) {
            throw new ReviewStoreUnreadable(file, e);
        }
    }

    /** Adds a review after the others of its language; it is on disk when this returns. */
    public void add(Language language, TextReview review) {
        synchronized (WRITING) {
            try {
                Files.createDirectories(folder);
                try (FileChannel lock = FileChannel.open(folder.resolve(".lock"), StandardOpenOption.CREATE,
                        StandardOpenOption.WRITE); FileLock held = lock.lock()) {
                    List<TextReview> reviews = new ArrayList<>(read(language));
                    reviews.add(review);
                    replace(file(language), YAML.writeValueAsString(new ReviewFile(reviews)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private void replace(Path file, String text) throws IOException {
        Path written = Files.createTempFile(folder, file.getFileName().toString(), ".new");
        Files.writeString(written, text);
        try (FileChannel channel = FileChannel.open(written, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        try {
            Files.move(written, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(written, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private Path file(Language language) {
        return folder.resolve(language.code() + ".yml");
    }

    /** The file's form: {@code reviews:} and the list. */
    record ReviewFile(@Nullable List<TextReview> reviews) {
    }

    /** A review file that cannot be read: nothing is written over it, so that no review is lost. */
    public static final class ReviewStoreUnreadable extends RuntimeException {

        ReviewStoreUnreadable(Path file, Exception cause) {
            super(file + " is not a review file: " + cause.getMessage(), cause);
        }
    }
}
