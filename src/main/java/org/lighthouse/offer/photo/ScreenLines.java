package org.lighthouse.offer.photo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.lighthouse.shared.ConfigurationProblem;
import org.lighthouse.shared.TextFolding;

/**
 * Leaves out the lines of an app's screen that a screenshot carries besides the post: the like / comment / share bar
 * and the counts above it ({@code offer/screen-words.txt}). A line is the screen's when it holds one of its words and
 * nothing else but counts and icons read as a sign or two; any other word keeps the line, so that no line of the
 * offer is lost.
 */
final class ScreenLines {

    static final String FILE = "offer/screen-words.txt";
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** A count ({@code 356}, {@code 1 2k} once folded), or what Tesseract makes of an icon ({@code o}, {@code l}). */
    private static final Pattern FILLER = Pattern.compile("\\d+[km]?|\\p{L}{1,2}");

    private final Pattern screen;

    ScreenLines() {
        try (InputStream in = ScreenLines.class.getClassLoader().getResourceAsStream(FILE)) {
            if (in == null) {
                throw new ConfigurationProblem(FILE + " is missing");
            }
            List<String> words = Arrays.stream(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"))
                    .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
            screen = Pattern.compile("\\b(?:" + words.stream().map(Pattern::quote).collect(Collectors.joining("|"))
                    + ")\\b");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text without the screen's lines. */
    String leaveOut(String read) {
        return read.lines().filter(line -> !isScreen(line)).collect(Collectors.joining("\n"));
    }

    private boolean isScreen(String line) {
        String words = NOT_WORD.matcher(TextFolding.fold(line)).replaceAll(" ").strip();
        if (!screen.matcher(words).find()) {
            return false;
        }
        return Arrays.stream(screen.matcher(words).replaceAll(" ").strip().split(" +"))
                .allMatch(word -> word.isEmpty() || FILLER.matcher(word).matches());
    }
}
