package org.lighthouse.safety.triage;

/**
 * A named set of phrases: a frame, a calm cue, a harmless use or a word family, depending on the list it stands in.
 */
record Cue(String name, PhraseSet phrases) {

    /** Reads an entry with a name field (such as {@code reason}) and a list of {@code phrases}. */
    static Cue of(DataFile.Entry entry, String nameField) {
        return new Cue(entry.text(nameField), Phrases.required(entry, "phrases"));
    }

    boolean isIn(Text text) {
        return phrases.isIn(text);
    }
}
