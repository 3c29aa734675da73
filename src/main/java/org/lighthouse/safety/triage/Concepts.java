package org.lighthouse.safety.triage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.lighthouse.shared.DataField;
import org.lighthouse.shared.DataFile;

/**
 * Word families ("locked", "nhốt" and "kaw" are one family) that the model reads as extra words, so that what it
 * learns in one language carries over to the others and to words the corpus never used.
 */
final class Concepts {

    private static final String PREFIX = "concept:";

    private final List<Cue> families;

    private Concepts(List<Cue> families) {
        this.families = List.copyOf(families);
    }

    static Concepts read(String name) {
        DataField concepts = DataFile.read(name).get("concepts");
        List<DataField> entries = concepts.list();
        if (entries.isEmpty()) {
            throw concepts.problem("must list at least one word family");
        }
        return new Concepts(entries.stream().map(entry -> Cue.of(entry, "name")).toList());
    }

    /** The words the families add to a text: {@code concept:abroad}. */
    Set<String> words() {
        return families.stream().map(Concepts::word).collect(Collectors.toUnmodifiableSet());
    }

    static boolean isConcept(String word) {
        return word.startsWith(PREFIX);
    }

    private static String word(Cue family) {
        return PREFIX + family.name().replace(' ', '-');
    }

    /** The words of the text, followed by the name of each family found in it. */
    String[] wordsOf(Text text) {
        List<String> words = new ArrayList<>(Arrays.asList(text.value().split(" ")));
        for (Cue family : families) {
            if (family.isIn(text)) {
                words.add(word(family));
            }
        }
        return words.toArray(String[]::new);
    }
}
