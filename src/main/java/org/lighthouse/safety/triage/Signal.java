package org.lighthouse.safety.triage;

import java.util.Arrays;
import org.lighthouse.safety.TriageResult.Level;

/**
 * Phrases that show a level by themselves, such as "they took my passport" for URGENT. Two optional lists narrow
 * them: {@code with} phrases must also be there (a high salary is a concern in a job offer, not in a question about
 * wages), and none of the {@code unless} phrases may be ("wants to keep my passport" is a plan, not a fact).
 */
record Signal(Level level, String reason, PhraseSet phrases, PhraseSet with, PhraseSet unless) {

    static Signal of(DataFile.Entry entry) {
        return new Signal(level(entry), entry.text("reason"), Phrases.required(entry, "phrases"),
                Phrases.optional(entry, "with", PhraseSet.ANYTHING),
                Phrases.optional(entry, "unless", PhraseSet.NOTHING));
    }

    boolean isIn(Text text) {
        return phrases.isIn(text) && with.isIn(text) && !unless.isIn(text);
    }

    private static Level level(DataFile.Entry entry) {
        String level = entry.text("level");
        return Arrays.stream(Level.values()).filter(l -> l != Level.NONE && l.name().equals(level)).findFirst()
                .orElseThrow(() -> entry.problem("level", "must be URGENT or CONCERN, not '" + level + "'"));
    }
}
