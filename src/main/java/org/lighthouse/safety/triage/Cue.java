package org.lighthouse.safety.triage;

import org.lighthouse.shared.DataField;

/**
 * A named set of phrases: a frame, a calm cue, a harmless use or a word family, depending on the list it stands in.
 */
record Cue(String name, PhraseSet phrases) {

    /** Reads an entry with a name field (such as {@code reason}) and a list of {@code phrases}. */
    static Cue of(DataField entry, String nameField) {
        return new Cue(entry.get(nameField).text(), Phrases.required(entry.get("phrases")));
    }

    boolean isIn(Text text) {
        return phrases.isIn(text);
    }
}
