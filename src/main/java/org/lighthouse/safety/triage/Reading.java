package org.lighthouse.safety.triage;

import java.util.List;

/**
 * What the phrase books find in one message.
 *
 * @param text the normalised text, harmless uses masked
 * @param words the words the model reads: those of the text, then the word families found in it
 * @param weighsOffer whether the writer weighs an offer: then nothing in it is danger now, and the message is at most
 *     CONCERN unless a signal that means the same in an offer is there ("he says he'll kill me if I don't go")
 */
record Reading(Text text, String[] words, List<Signal> signals, List<String> frames, List<String> calm,
        boolean weighsOffer) {

    boolean isEmpty() {
        return text.isEmpty();
    }

    /** The same reading with no frame: what the message says once the writer says it is no film after all. */
    Reading withoutFrames() {
        return new Reading(text, words, signals, List.of(), calm, weighsOffer);
    }
}
