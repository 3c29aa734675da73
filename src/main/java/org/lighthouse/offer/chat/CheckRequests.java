package org.lighthouse.offer.chat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.lighthouse.shared.ConfigurationProblem;
import org.lighthouse.shared.TextFolding;

/** Whether a photo's caption asks the bot to check the picture, by the phrases of {@code offer/check-requests.txt}. */
final class CheckRequests {

    static final String FILE = "offer/check-requests.txt";
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final List<String> phrases;

    CheckRequests() {
        try (InputStream in = CheckRequests.class.getClassLoader().getResourceAsStream(FILE)) {
            if (in == null) {
                throw new ConfigurationProblem(FILE + " is missing");
            }
            phrases = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).map(line -> " " + line + " ").toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean asks(String caption) {
        String words = " " + NOT_WORD.matcher(TextFolding.fold(caption)).replaceAll(" ").strip() + " ";
        return phrases.stream().anyMatch(words::contains);
    }
}
