package org.lighthouse.safety.triage;

import java.util.Arrays;
import java.util.regex.Pattern;
import org.lighthouse.safety.TriageResult.Level;

/**
 * Phrases that show a level by themselves, such as "they took my passport" for URGENT. Two optional lists narrow
 * them: {@code with} phrases must also be there (a high salary is a concern in a job offer, not in a question about
 * wages), and none of the {@code unless} phrases may be ("wants to keep my passport" is a plan, not a fact).
 */
record Signal(Level level, String reason, Pattern phrases, Pattern with, Pattern unless) {

    static Signal of(DataFile.Entry entry) {
        return new Signal(level(entry), entry.text("reason"), Phrases.required(entry, "phrases"),
                Phrases.optional(entry, "with", Phrases.ANYTHING), Phrases.optional(entry, "unless", Phrases.NOTHING));
    }

    boolean isIn(String text) {
        return phrases.matcher(text).find() && with.matcher(text).find() && !unless.matcher(text).find();
    }

    private static Level level(DataFile.Entry entry) {
        String level = entry.text("level");
        return Arrays.stream(Level.values()).filter(l -> l != Level.NONE && l.name().equals(level)).findFirst()
                .orElseThrow(() -> entry.problem("level", "must be URGENT or CONCERN, not '" + level + "'"));
    }
}
