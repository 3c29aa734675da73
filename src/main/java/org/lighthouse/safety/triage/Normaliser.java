package org.lighthouse.safety.triage;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.lighthouse.shared.TextFolding;
import tools.jackson.databind.JsonNode;

/**
 * Brings what users type to one spelling before anything reads it: folded (no diacritics, lower case), words and
 * digits only, and chat shorthand written out ({@code ko} becomes {@code khong}), so "ko dc ve", "không được về" and
 * "khong duoc ve" read the same.
 */
final class Normaliser {

    private static final Pattern APOSTROPHES = Pattern.compile("['’`]");
    private static final Pattern NOT_WORDS = Pattern.compile("[^a-z0-9]+");

    private final Map<String, String> shorthand;

    private Normaliser(Map<String, String> shorthand) {
        this.shorthand = Map.copyOf(shorthand);
    }

    /** Reads the shorthand of a data file whose field {@code words} maps each short form to its long form. */
    static Normaliser read(String name) {
        DataFile file = DataFile.read(name);
        JsonNode words = file.field("words");
        if (!words.isObject() || words.isEmpty()) {
            throw file.problem("words", "must be a map of short forms to long forms");
        }
        Map<String, String> shorthand = new HashMap<>();
        for (Map.Entry<String, JsonNode> word : words.properties()) {
            String longForm = word.getValue().isString() ? normalise(word.getValue().asString(), Map.of()) : "";
            if (longForm.isEmpty() || !normalise(word.getKey(), Map.of()).equals(word.getKey())) {
                throw file.problem("words." + word.getKey(), "must map a folded word to a non-empty text");
            }
            shorthand.put(word.getKey(), longForm);
        }
        return new Normaliser(shorthand);
    }

    String normalise(String text) {
        return normalise(text, shorthand);
    }

    private static String normalise(String text, Map<String, String> shorthand) {
        String words = NOT_WORDS.matcher(APOSTROPHES.matcher(TextFolding.fold(text)).replaceAll("")).replaceAll(" ");
        StringBuilder out = new StringBuilder(words.length() + 16);
        for (String word : words.trim().split(" ")) {
            if (!word.isEmpty()) {
                out.append(out.isEmpty() ? "" : " ").append(shorthand.getOrDefault(word, word));
            }
        }
        return out.toString();
    }
}
