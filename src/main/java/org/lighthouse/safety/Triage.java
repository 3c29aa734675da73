package org.lighthouse.safety;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.lighthouse.safety.triage.TriageEngine;
import org.lighthouse.shared.Language;
import org.springframework.stereotype.Component;

/**
 * Triage of what a young person writes: {@link TriageResult.Level#URGENT URGENT}, {@link TriageResult.Level#CONCERN
 * CONCERN} or {@link TriageResult.Level#NONE NONE}, in well under a millisecond, for Vietnamese (with or without
 * diacritics, teencode), English and basic H'mong.
 *
 * <p>A plain object ({@code new Triage()}) and a Spring bean alike. Building one reads the phrase files of
 * {@code safety/}, trains a document categorizer on the shipped corpora (a fraction of a second) and reads the
 * conversation model; after that it is immutable and safe to share between threads.
 */
@Component
public class Triage {

    private final TriageEngine engine;

    /** The shipped triage: the phrase files and the corpora of {@code safety/}. */
    public Triage() {
        this(TriageEngine.shipped());
    }

    /** A triage around a given engine, such as one trained on part of the corpora. */
    public Triage(TriageEngine engine) {
        this.engine = engine;
    }

    /**
     * How urgent the text is, and why: {@link TriageResult#signals()} is what to show a responder, and
     * {@link TriageResult#modelAlone()} says when no phrase stands behind the level.
     *
     * @param text what the user wrote, as typed; may be empty
     * @param hint the language the user chose, if known; the text is read in every language anyway, since users mix
     *     them
     */
    public TriageResult assess(String text, @Nullable Language hint) {
        return engine.assess(text, hint);
    }

    /**
     * The level a conversation reached by its last message: the person's recent private messages, oldest first. Each
     * is read in the light of those before it: a film retold stays a film; facts that are harmless alone (a contact
     * met online, gifts, a meeting) add up; a model learned from labelled conversations weighs what the rules found.
     */
    public TriageResult assess(List<Written> conversation, @Nullable Language hint) {
        return engine.assess(conversation, hint);
    }

    /**
     * Whether the text is a safe word ("SOS", "cứu", "cuu", "help me"), alone or with a few filler words
     * ("cứu em với"): the user asks for a person, whatever they were doing.
     */
    public boolean isSafeWord(String text) {
        return engine.isSafeWord(text);
    }
}
