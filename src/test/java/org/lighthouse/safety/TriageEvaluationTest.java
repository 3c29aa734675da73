package org.lighthouse.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lighthouse.safety.TriageResult.Level;
import org.lighthouse.safety.triage.LabelledMessage;
import org.lighthouse.safety.triage.TriageEngine;

/**
 * Measures triage: five-fold cross-validation on the training corpus (the phrases were written with the whole
 * corpus in view, so these figures flatter), and the held-out set, written independently and never tuned on.
 */
class TriageEvaluationTest {

    private static final String HELD_OUT = "safety/triage-heldout.jsonl";
    private static final int FOLDS = 5;

    /** Cross-validation on the training corpus: a report to develop with, listing each miss. */
    @Test
    void crossValidationOnTheCorpusIsReported() {
        List<LabelledMessage> corpus = LabelledMessage.readAll(LabelledMessage.TRAINING_CORPUS);
        Confusion confusion = new Confusion();
        StringBuilder misses = new StringBuilder();
        for (int fold = 0; fold < FOLDS; fold++) {
            List<LabelledMessage> training = new ArrayList<>();
            List<LabelledMessage> testing = new ArrayList<>();
            for (int i = 0; i < corpus.size(); i++) {
                (i % FOLDS == fold ? testing : training).add(corpus.get(i));
            }
            Triage triage = new Triage(TriageEngine.trainedOn(training));
            for (LabelledMessage message : testing) {
                TriageResult result = triage.assess(message.text(), message.language());
                confusion.add(message.level(), result);
                if (result.level() != message.level()) {
                    misses.append(String.format("  %s %s -> %s %s | %s%n", message.id(), message.level(),
                            result.level(), result.reasons(), message.text()));
                }
            }
        }
        System.out.println(confusion.report(FOLDS + "-fold cross-validation on " + LabelledMessage.TRAINING_CORPUS));
        System.out.println("misses:\n" + misses);
        assertThat(confusion.recall(Level.URGENT)).isGreaterThan(0.5);
    }

    /** The held-out set, never read while tuning: the gate the product must pass. */
    @Test
    void heldOutSetMeetsTheBar() {
        Triage triage = new Triage();
        Confusion confusion = new Confusion();
        for (LabelledMessage message : LabelledMessage.readAll(HELD_OUT)) {
            confusion.add(message.level(), triage.assess(message.text(), message.language()));
        }
        System.out.println(confusion.report("held-out set " + HELD_OUT));
        assertThat(confusion.recall(Level.URGENT)).as("URGENT recall").isGreaterThanOrEqualTo(0.95);
        assertThat(confusion.recall(Level.CONCERN)).as("CONCERN recall").isGreaterThanOrEqualTo(0.85);
        assertThat(confusion.noneRaised()).as("NONE raised").isLessThanOrEqualTo(0.08);
    }
}
