package org.lighthouse.safety.triage;

import java.util.List;

/**
 * What the phrase books find in one message.
 *
 * @param text the normalised text, harmless uses masked
 * @param words the words the model reads: those of the text, then the word families found in it
 */
record Reading(Text text, String[] words, List<Signal> signals, List<String> frames, List<String> calm) {

    boolean isEmpty() {
        return text.isEmpty();
    }
}
