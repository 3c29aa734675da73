package org.lighthouse.safety.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.lighthouse.safety.TriageResult;
import org.lighthouse.safety.TriageResult.Level;

/**
 * The evidence for {@link Decision#URGENT_ALONE}: leaving one author out, the messages the model raised with no phrase
 * to show for it, and what each threshold would make of them. Everyday messages the model raises score lower than
 * the danger it alone catches; the threshold sits in the gap between them.
 */
class ModelAloneThresholdTest {

    private static final double[] THRESHOLDS = {0.5, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85};

    /** A message the model alone raised: the level a person gave it, and the model's URGENT probability. */
    private record Raised(Level expected, double urgent, boolean weighsOffer) {

        boolean urgentAt(double threshold) {
            return !weighsOffer && urgent >= threshold;
        }
    }

    @Test
    void theThresholdSeparatesEverydayMessagesFromDanger() {
        List<Raised> raised = raisedByTheModelAlone();
        StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
                "model alone, leaving one author out: %d messages raised (URGENT %d, CONCERN %d, NONE %d)%n",
                raised.size(), count(raised, Level.URGENT), count(raised, Level.CONCERN), count(raised, Level.NONE)));
        report.append("  threshold  URGENT kept  URGENT->CONCERN  NONE->URGENT  CONCERN->URGENT\n");
        for (double threshold : THRESHOLDS) {
            report.append(String.format(Locale.ROOT, "  %9.2f  %11d  %15d  %12d  %15d%s%n", threshold,
                    urgentAt(raised, Level.URGENT, threshold, true), urgentAt(raised, Level.URGENT, threshold, false),
                    urgentAt(raised, Level.NONE, threshold, true), urgentAt(raised, Level.CONCERN, threshold, true),
                    threshold == Decision.URGENT_ALONE ? "  <- chosen" : ""));
        }
        System.out.println(report);

        assertThat(urgentAt(raised, Level.NONE, Decision.URGENT_ALONE, true)).as("NONE made URGENT")
                .isLessThanOrEqualTo(2);
        assertThat(urgentAt(raised, Level.URGENT, Decision.URGENT_ALONE, false)).as("URGENT left at CONCERN")
                .isLessThanOrEqualTo(3);
    }

    private static List<Raised> raisedByTheModelAlone() {
        List<Raised> raised = new ArrayList<>();
        for (String leftOut : LabelledMessage.TRAINING_CORPORA) {
            TriageEngine engine = TriageEngine.trainedOn(LabelledMessage.readAll(
                    LabelledMessage.TRAINING_CORPORA.stream().filter(name -> !name.equals(leftOut)).toList()));
            for (LabelledMessage message : LabelledMessage.readAll(leftOut)) {
                Reading reading = engine.read(message.text());
                ModelScores scores = engine.classify(reading);
                TriageResult result = Decision.decide(reading, scores);
                if (result.modelAlone()) {
                    raised.add(new Raised(message.level(), scores.urgent(), reading.weighsOffer()));
                }
            }
        }
        return raised;
    }

    private static long count(List<Raised> raised, Level expected) {
        return raised.stream().filter(message -> message.expected() == expected).count();
    }

    /** How many messages of the expected level the threshold makes URGENT, or, with {@code urgent} false, not. */
    private static long urgentAt(List<Raised> raised, Level expected, double threshold, boolean urgent) {
        return raised.stream().filter(message -> message.expected() == expected)
                .filter(message -> message.urgentAt(threshold) == urgent).count();
    }
}
