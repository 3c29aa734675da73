package org.lighthouse.safety.triage;

import java.util.regex.Pattern;

/**
 * A named set of phrases: a frame, a calm cue, a harmless use or a word family, depending on the list it stands in.
 */
record Cue(String name, Pattern phrases) {

    /** Reads an entry with a name field (such as {@code reason}) and a list of {@code phrases}. */
    static Cue of(DataFile.Entry entry, String nameField) {
        return new Cue(entry.text(nameField), Phrases.required(entry, "phrases"));
    }

    boolean isIn(String text) {
        return phrases.matcher(text).find();
    }
}
