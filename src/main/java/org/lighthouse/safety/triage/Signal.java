package org.lighthouse.safety.triage;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import org.lighthouse.safety.TriageResult.Level;

/**
 * Phrases that show a level by themselves, such as "they took my passport" for URGENT. Three optional lists narrow
 * them: {@code with} phrases must also be there (a high salary is a concern in a job offer, not in a question about
 * wages); none of the {@code unless} phrases may be there ("wants to keep my passport" is a plan, not a fact); and
 * none of the {@code everyday} phrases, which show an everyday reading ("my brother hit me with a pillow") and so
 * also keep the model from raising the message on its own. An optional {@code offered} reason is what the signal
 * means in an offer being weighed ("they'll keep my passport when I arrive, should I go?"): a risk in the offer, at
 * CONCERN, rather than danger now.
 *
 * @param offered the reason in an offer being weighed, or null when the signal means the same there
 */
record Signal(Level level, String reason, PhraseSet phrases, PhraseSet with, PhraseSet unless, PhraseSet everyday,
        @Nullable String offered) {

    static Signal of(DataFile.Entry entry) {
        return new Signal(level(entry), entry.text("reason"), Phrases.required(entry, "phrases"),
                Phrases.optional(entry, "with", PhraseSet.ANYTHING),
                Phrases.optional(entry, "unless", PhraseSet.NOTHING),
                Phrases.optional(entry, "everyday", PhraseSet.NOTHING),
                entry.optionalText("offered"));
    }

    /** What the signal means in an offer being weighed. */
    Signal inOffer() {
        return offered == null ? this : new Signal(Level.CONCERN, offered, phrases, with, unless, everyday, null);
    }

    /** Whether the signal holds in a text its phrases are in: its conditions are met, its exceptions absent. */
    boolean holdsIn(Text text) {
        return with.isIn(text) && !unless.isIn(text) && !everyday.isIn(text);
    }

    private static Level level(DataFile.Entry entry) {
        String level = entry.text("level");
        return Arrays.stream(Level.values()).filter(l -> l != Level.NONE && l.name().equals(level)).findFirst()
                .orElseThrow(() -> entry.problem("level", "must be URGENT or CONCERN, not '" + level + "'"));
    }
}
