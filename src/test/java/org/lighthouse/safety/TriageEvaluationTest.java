package org.lighthouse.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lighthouse.safety.TriageResult.Level;
import org.lighthouse.safety.triage.LabelledMessage;
import org.lighthouse.safety.triage.TriageEngine;

/**
 * Measures triage: leave one author out (train on the other authors' corpora, test on the one left out, for each
 * author), and the held-out set, written independently and never tuned on. Leaving out an author rather than a random
 * fold keeps each author's near-duplicate phrasings out of the figures, which a random split would leak; the phrase
 * files were still written with every corpus in view, so even these figures flatter a little.
 */
class TriageEvaluationTest {

    private static final String HELD_OUT = "safety/triage-heldout.jsonl";
    private static final String FRESH = "safety/triage-fresh.jsonl";
    private static final Triage TRIAGE = new Triage();

    /** Leave one author out, per author and pooled: the report to develop with, listing each miss. */
    @Test
    void leaveOneAuthorOutIsReported() {
        Confusion pooled = new Confusion();
        StringBuilder misses = new StringBuilder();
        for (String leftOut : LabelledMessage.TRAINING_CORPORA) {
            List<String> others = LabelledMessage.TRAINING_CORPORA.stream().filter(name -> !name.equals(leftOut))
                    .toList();
            Triage triage = new Triage(TriageEngine.trainedOn(LabelledMessage.readAll(others)));
            Confusion confusion = new Confusion();
            for (LabelledMessage message : LabelledMessage.readAll(leftOut)) {
                TriageResult result = triage.assess(message.text(), message.language());
                confusion.add(message.level(), result);
                pooled.add(message.level(), result);
                if (result.level() != message.level()) {
                    misses.append(String.format("  %s %s -> %s %s | %s%n", message.id(), message.level(),
                            result.level(), result.reasons(), message.text()));
                }
            }
            System.out.println(confusion.report("tested on " + leftOut + ", trained on " + others));
        }
        System.out.println(pooled.report("leave one author out, pooled"));
        System.out.println("misses:\n" + misses);
        assertThat(pooled.recall(Level.URGENT)).isGreaterThan(0.8);
        assertThat(pooled.recall(Level.CONCERN)).isGreaterThan(0.7);
        assertThat(pooled.noneRaised()).isLessThan(0.15);
    }

    /**
     * The gate the product must pass, on the fresh set: written by a fourth author after the triage was built, never
     * read by anyone working on it, and scored once.
     */
    @Test
    void freshSetMeetsTheBar() {
        Confusion confusion = score(FRESH);
        assertThat(confusion.recall(Level.URGENT)).as("URGENT recall").isGreaterThanOrEqualTo(0.95);
        assertThat(confusion.recall(Level.CONCERN)).as("CONCERN recall").isGreaterThanOrEqualTo(0.85);
        assertThat(confusion.noneRaised()).as("NONE raised").isLessThanOrEqualTo(0.08);
    }

    /**
     * The first held-out set, printed for the record: its summary figures were looked at six times while the first
     * version was tuned, and its misses were read and their readings fixed since, so it is no longer a clean measure.
     */
    @Test
    void heldOutSetIsReported() {
        assertThat(score(HELD_OUT).recall(Level.URGENT)).isGreaterThan(0.5);
    }

    private static Confusion score(String resource) {
        Triage triage = TRIAGE;
        Confusion confusion = new Confusion();
        for (LabelledMessage message : LabelledMessage.readAll(resource)) {
            confusion.add(message.level(), triage.assess(message.text(), message.language()));
        }
        System.out.println(confusion.report(resource));
        return confusion;
    }
}
