package org.lighthouse.safety.triage;

import java.util.Locale;
import org.lighthouse.safety.TriageResult.Level;

/** The document categorizer's probability for each level. */
record ModelScores(double urgent, double concern, double none) {

    double of(Level level) {
        return switch (level) {
            case URGENT -> urgent;
            case CONCERN -> concern;
            case NONE -> none;
        };
    }

    Level best() {
        Level best = Level.NONE;
        for (Level level : Level.values()) {
            best = of(level) > of(best) ? level : best;
        }
        return best;
    }

    /** How a responder sees the model's view, e.g. {@code model: URGENT 0.93}. */
    String reason() {
        Level best = best();
        return String.format(Locale.ROOT, "model: %s %.2f", best, of(best));
    }
}
