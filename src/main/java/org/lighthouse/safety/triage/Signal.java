package org.lighthouse.safety.triage;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import org.lighthouse.safety.TriageResult.Level;
import org.lighthouse.shared.DataField;

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

    static Signal of(DataField entry) {
        return new Signal(level(entry.get("level")), entry.get("reason").text(), Phrases.required(entry.get("phrases")),
                Phrases.optional(entry.get("with"), PhraseSet.ANYTHING),
                Phrases.optional(entry.get("unless"), PhraseSet.NOTHING),
                Phrases.optional(entry.get("everyday"), PhraseSet.NOTHING),
                entry.find("offered").map(DataField::text).orElse(null));
    }

    /** What the signal means in an offer being weighed. */
    Signal inOffer() {
        return offered == null ? this : new Signal(Level.CONCERN, offered, phrases, with, unless, everyday, null);
    }

    /** Whether the signal holds in a text its phrases are in: its conditions are met, its exceptions absent. */
    boolean holdsIn(Text text) {
        return with.isIn(text) && !unless.isIn(text) && !everyday.isIn(text);
    }

    private static Level level(DataField field) {
        String level = field.text();
        return Arrays.stream(Level.values()).filter(l -> l != Level.NONE && l.name().equals(level)).findFirst()
                .orElseThrow(() -> field.problem("must be URGENT or CONCERN, not '" + level + "'"));
    }
}
