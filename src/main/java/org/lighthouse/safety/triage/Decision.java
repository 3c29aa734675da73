package org.lighthouse.safety.triage;

import java.util.Comparator;
import java.util.List;
import org.lighthouse.safety.TriageResult;
import org.lighthouse.safety.TriageResult.Level;

/**
 * Puts the readings of one message together. URGENT phrases decide when they are there; CONCERN phrases too, except
 * a single one the model is fairly sure is harmless (one red flag such as a secret or a fee is common in everyday
 * life; two are not). The model decides alone when its guess is more likely than not, and never against a frame
 * (film, news, quiz, hypothetical, a question that involves no one) or a calm cue. Between URGENT and CONCERN, a
 * doubt in a message with a phrase goes to URGENT: a responder coming too soon costs less than one coming too late;
 * but a message with no phrase needs the model clearly sure to be URGENT, or one unlucky word pattern ("em vẫn ở
 * đây") opens a case. An offer being weighed is not danger now, so nothing but an URGENT phrase lifts it.
 */
final class Decision {

    /** The model's URGENT probability that lifts a message raised by a CONCERN phrase to URGENT. */
    static final double LIFT_TO_URGENT = 0.4;
    /**
     * The probability the model needs to raise a message on its own. Tuned leaving one author out: on messages the
     * phrases were not written for, most URGENT misses were ones the model gave between 0.5 and 0.65.
     */
    static final double RAISE_ALONE = 0.5;
    /**
     * The URGENT probability the model needs to make a message URGENT on its own, with no phrase to show for it; below
     * it such a message is CONCERN at most. URGENT opens a case and alerts people, so on the model's word alone it must
     * be clearly sure. Leaving one author out ({@code ModelAloneThresholdTest}), of the 49 URGENT and 39 NONE messages
     * the model alone raised, 0.70 makes 1 NONE URGENT and leaves 1 URGENT at CONCERN; 0.65 makes 4 NONE URGENT and
     * keeps no more URGENT; 0.80 leaves 6 URGENT at CONCERN to spare 1 NONE. It is also above the 0.65 that opened a
     * case for "chị ơi em vẫn ở đây".
     */
    static final double URGENT_ALONE = 0.7;
    /** The model's NONE probability that outweighs a single CONCERN phrase (two different ones always stand). */
    static final double OUTWEIGH_ONE_CONCERN = 0.8;

    private Decision() {
    }

    static TriageResult decide(Reading reading, ModelScores model) {
        if (!reading.frames().isEmpty()) {
            return setAside(prefixed("about: ", reading.frames()));
        }
        Level phrased = strongest(reading.signals());
        if (phrased == Level.URGENT) {
            return raised(Level.URGENT, reading, model);
        }
        if (phrased == Level.CONCERN && (concernReasons(reading) > 1 || model.none() < OUTWEIGH_ONE_CONCERN)) {
            return raised(liftedIfUnsure(reading, model), reading, model);
        }
        Level guess = model.best();
        if (!reading.calm().isEmpty() || guess == Level.NONE || model.of(guess) < RAISE_ALONE) {
            return setAside(prefixed("calm: ", reading.calm()));
        }
        boolean clearlyUrgent = !reading.weighsOffer() && model.urgent() >= URGENT_ALONE;
        return new TriageResult(clearlyUrgent ? Level.URGENT : Level.CONCERN, List.of(), List.of(), model.reason());
    }

    /** CONCERN, unless the model gives URGENT enough weight to make it a doubt, outside an offer: then URGENT. */
    private static Level liftedIfUnsure(Reading reading, ModelScores model) {
        return !reading.weighsOffer() && model.urgent() >= LIFT_TO_URGENT ? Level.URGENT : Level.CONCERN;
    }

    private static long concernReasons(Reading reading) {
        return reading.signals().stream().filter(signal -> signal.level() == Level.CONCERN).map(Signal::reason)
                .distinct().count();
    }

    private static Level strongest(List<Signal> signals) {
        Level strongest = Level.NONE;
        for (Signal signal : signals) {
            strongest = signal.level().above(strongest) ? signal.level() : strongest;
        }
        return strongest;
    }

    private static TriageResult raised(Level level, Reading reading, ModelScores model) {
        List<String> signals = reading.signals().stream().sorted(Comparator.comparing(Signal::level))
                .map(Signal::reason).distinct().toList();
        return new TriageResult(level, signals, List.of(), model.reason());
    }

    private static TriageResult setAside(List<String> reasons) {
        return new TriageResult(Level.NONE, List.of(), reasons, null);
    }

    private static List<String> prefixed(String prefix, List<String> reasons) {
        return reasons.stream().map(reason -> prefix + reason).toList();
    }
}
