package org.lighthouse.safety.triage;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.lighthouse.safety.TriageResult;
import org.lighthouse.safety.TriageResult.Level;

/**
 * The level of a conversation from the conversation model's probabilities, with the rules' reasons: the model reads
 * the rules' level among its features, and on authors it never saw its word is better than theirs (see the README).
 * Below an even chance on purpose: a miss costs more than a responder reading a message.
 *
 * @param urgentAt the model's URGENT probability from which the conversation is URGENT
 * @param raisedAt the model's URGENT and CONCERN probabilities together from which it is CONCERN at least
 */
record Blend(double urgentAt, double raisedAt) {

    /** Chosen leaving one author out among the seventeen, out of a grid fixed beforehand. */
    static final Blend SHIPPED = new Blend(0.4, 0.5);

    Level levelOf(ModelScores model, boolean keptUrgent) {
        if (keptUrgent || model.urgent() >= urgentAt) {
            return Level.URGENT;
        }
        return 1 - model.none() >= raisedAt ? Level.CONCERN : Level.NONE;
    }

    /**
     * The level the model gives, with what the rules found: their signals, or why they are outweighed. A message
     * URGENT by a phrase that says so ("they locked the door"), or a combination the model is not trusted to lower,
     * keeps the conversation URGENT whatever the model thinks: plain danger must reach a person however it was told.
     */
    TriageResult apply(TriageResult rules, ModelScores model, boolean keptUrgent) {
        Level level = levelOf(model, keptUrgent);
        if (level == rules.level()) {
            return rules;
        }
        String reason = String.format(Locale.ROOT, "conversation model: %s %.2f", level,
                level == Level.CONCERN ? 1 - model.none() : model.of(level));
        if (level == Level.NONE) {
            List<String> setAside = new ArrayList<>(rules.signals());
            setAside.replaceAll(signal -> "outweighed: " + signal);
            setAside.add(reason);
            return new TriageResult(Level.NONE, List.of(), setAside, null);
        }
        return new TriageResult(level, rules.signals(), List.of(), reason);
    }
}
