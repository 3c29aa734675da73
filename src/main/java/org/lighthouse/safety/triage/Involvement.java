package org.lighthouse.safety.triage;

import java.util.List;

/**
 * Whether a message involves the writer or someone close to them. URGENT and CONCERN are about such people, so a
 * message that asks a question and holds no personal phrase ("I", "my", "em", "kuv", a plea, "should I") asks about
 * the topic, whatever alarming words it holds.
 *
 * @param personal phrases that name the writer or someone close, or plead
 * @param questions phrases that make a message a question, besides a question mark
 */
record Involvement(List<PhraseSet> personal, List<PhraseSet> questions) {

    /** The frame a general question gets. */
    static final String GENERAL_QUESTION = "general question, no one involved";

    /** Whether the text names the writer or someone close, or pleads. */
    boolean isPersonal(Text text) {
        return personal.stream().anyMatch(set -> set.isIn(text));
    }

    boolean isGeneralQuestion(Text text, boolean questionMark) {
        return (questionMark || questions.stream().anyMatch(set -> set.isIn(text)))
                && !isPersonal(text);
    }
}
