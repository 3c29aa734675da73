package org.lighthouse.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.lighthouse.shared.Language;

/**
 * Where the lesson cards' recorded voice lives: {@code <data dir>/audio/<lesson>/<card number>-<language>.ogg}, one
 * file per card and language, beside the embedded database so that one copy of the data directory backs up both. The
 * bot writes there ({@code /record}) and {@code content-check} counts there, without Spring.
 */
public final class AudioFolder {

    private static final Pattern FILE = Pattern.compile("(\\d+)-([a-z]+)\\.ogg");

    private AudioFolder() {
    }

    public static Path under(Path dataDir) {
        return dataDir.resolve("audio");
    }

    /** The file of a card's voice; {@code card} counts from 1, as the person reads it. */
    public static Path file(Path dataDir, String lesson, int card, Language language) {
        return under(dataDir).resolve(lesson).resolve(card + "-" + language.code() + ".ogg");
    }

    /** How many cards have voice, per language (every language listed, 0 when none). */
    public static Map<Language, Long> count(Path dataDir) {
        Map<Language, Long> counts = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            counts.put(language, 0L);
        }
        Path audio = under(dataDir);
        if (!Files.isDirectory(audio)) {
            return counts;
        }
        try (Stream<Path> files = Files.walk(audio, 2)) {
            files.filter(Files::isRegularFile).map(AudioFolder::languageOf).flatMap(Optional::stream)
                    .forEach(language -> counts.merge(language, 1L, Long::sum));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return counts;
    }

    private static Optional<Language> languageOf(Path file) {
        Matcher name = FILE.matcher(file.getFileName().toString());
        return name.matches() ? Language.ofCode(name.group(2)) : Optional.empty();
    }
}
