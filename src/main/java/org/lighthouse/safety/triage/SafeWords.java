package org.lighthouse.safety.triage;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.lighthouse.shared.DataField;
import org.lighthouse.shared.DataFile;
import org.lighthouse.text.Normaliser;

/**
 * The safe words ("SOS", "cứu", "help me") that bring a person into the chat whatever the user is doing. A safe word
 * counts when it stands alone or with a few filler words ("cứu em với", "help me please"), not inside a sentence.
 */
final class SafeWords {

    private final Normaliser normaliser;
    private final Set<String> words;
    private final Set<String> fillers;

    private SafeWords(Normaliser normaliser, Set<String> words, Set<String> fillers) {
        this.normaliser = normaliser;
        this.words = words;
        this.fillers = fillers;
    }

    /** Reads a data file with the lists {@code words} and {@code fillers}, both as folded text. */
    static SafeWords read(String name, Normaliser normaliser) {
        DataField top = DataFile.read(name);
        Set<String> fillers = top.get("fillers").texts().stream().map(filler -> normaliser.normalise(filler).words())
                .collect(Collectors.toUnmodifiableSet());
        SafeWords reading = new SafeWords(normaliser, Set.of(), fillers);
        return new SafeWords(normaliser, top.get("words").texts().stream().map(reading::core)
                .collect(Collectors.toUnmodifiableSet()), fillers);
    }

    boolean isSafeWord(String text) {
        return words.contains(core(text));
    }

    /** The text without its filler words: "cứu em với" and "cuu" have the same core. */
    private String core(String text) {
        return Arrays.stream(normaliser.normalise(text).words().split(" ")).filter(word -> !fillers.contains(word))
                .distinct().collect(Collectors.joining(" "));
    }
}
