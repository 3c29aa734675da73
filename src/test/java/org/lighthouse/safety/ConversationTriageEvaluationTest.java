package org.lighthouse.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lighthouse.safety.TriageResult.Level;

/**
 * Measures the shipped triage of whole conversations on each set, against the baseline of judging each message alone
 * and taking the highest level. These figures flatter: the rules were written reading the five development sets, and
 * the shipped conversation model was trained on all seventeen sets. What it does for a new author is measured
 * leaving one author out ({@code triage.ConversationLoaoEvaluationTest}), the fifth fresh set there only; these bars
 * only keep each set from slipping.
 */
class ConversationTriageEvaluationTest {

    private static final List<String> DEVELOPMENT = List.of("safety/conversations-dev-a.jsonl",
            "safety/conversations-dev-b.jsonl", "safety/conversations-dev-c.jsonl",
            "safety/conversations-dev-d.jsonl", "safety/conversations-dev-e.jsonl");
    private static final String FRESH = "safety/conversations-fresh.jsonl";
    private static final String FRESH_2 = "safety/conversations-fresh-2.jsonl";
    private static final String FRESH_3 = "safety/conversations-fresh-3.jsonl";
    private static final String FRESH_4 = "safety/conversations-fresh-4.jsonl";
    private static final String FRESH_6 = "safety/conversations-fresh-6.jsonl";
    private static final String FRESH_7 = "safety/conversations-fresh-7.jsonl";
    private static final String FRESH_8 = "safety/conversations-fresh-8.jsonl";
    private static final String FRESH_9 = "safety/conversations-fresh-9.jsonl";
    private static final String FRESH_10 = "safety/conversations-fresh-10.jsonl";
    private static final String FRESH_11 = "safety/conversations-fresh-11.jsonl";
    /**
     * Scored once when it came: 0.900 / 0.900 / 0.000, across messages only 0.840 / 0.850. Development data now, and
     * among what the conversation and words models are trained on (left out of both: 0.900 / 0.925 / 0.000).
     */
    private static final String FRESH_12 = "safety/conversations-fresh-12.jsonl";
    private static final Triage TRIAGE = new Triage();

    @Test
    void developmentSetsAreReported() {
        Scores pooled = new Scores();
        StringBuilder misses = new StringBuilder();
        for (String set : DEVELOPMENT) {
            Scores scores = new Scores();
            for (LabelledConversation conversation : LabelledConversation.readAll(set)) {
                TriageResult result = TRIAGE.assess(conversation.messages(), conversation.language());
                scores.add(conversation, result);
                pooled.add(conversation, result);
                if (result.level() != conversation.level()) {
                    misses.append(String.format("  %s %s%s -> %s %s%n", conversation.id(), conversation.level(),
                            conversation.across() ? " (across)" : "", result.level(), result.reasons()));
                    conversation.messages().forEach(m -> misses.append("      | ").append(m.text()).append('\n'));
                }
            }
            System.out.println(scores.report(set));
        }
        System.out.println(pooled.report("development sets, pooled"));
        System.out.println("misses:\n" + misses);
        // were 0.93 / 0.87 / 0.08, under the rules alone (0.947 / 0.889 / 0.064); with the conversation model, trained
        // on these sets too, 0.952 / 0.904 / 0.057, and the bars sit just under that
        new Bar(0.94, 0.89, 0.07).assertMetBy(pooled);
    }

    /**
     * The fresh sets, each by an author who read neither the rules nor the other sets, scored once when it came and
     * with the bar it keeps since (its figures then and since are in the README). All are development data now,
     * among what the conversation and words models were trained on.
     */
    static Stream<Arguments> freshSets() {
        return Stream.of(
                Arguments.of(FRESH, new Bar(0.90, 0.90, 0.14)),
                Arguments.of(FRESH_2, new Bar(0.82, 0.85, 0.14)),
                Arguments.of(FRESH_3, new Bar(0.85, 0.96, 0.14)),
                Arguments.of(FRESH_4, new Bar(0.86, 0.95, 0.10)),
                Arguments.of(FRESH_6, new Bar(0.98, 0.98, 0.06)),
                Arguments.of(FRESH_7, new Bar(0.98, 0.98, 0.01)),
                Arguments.of(FRESH_8, new Bar(0.98, 0.97, 0.03)),
                Arguments.of(FRESH_9, new Bar(0.98, 0.98, 0.03)),
                Arguments.of(FRESH_10, new Bar(0.98, 0.97, 0.01)),
                Arguments.of(FRESH_11, new Bar(0.98, 0.99, 0.02)),
                Arguments.of(FRESH_12, new Bar(0.98, 0.99, 0.0)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("freshSets")
    void freshSetKeepsItsBar(String set, Bar bar) {
        bar.assertMetBy(scored(set));
    }

    /** The figures of a fresh set, printed; its misses are counted, not printed, as when it was first scored. */
    private static Scores scored(String set) {
        Scores scores = new Scores();
        for (LabelledConversation conversation : LabelledConversation.readAll(set)) {
            scores.add(conversation, TRIAGE.assess(conversation.messages(), conversation.language()));
        }
        System.out.println(scores.report(set));
        return scores;
    }

    /** Recall of URGENT and of CONCERN conversations at least these, harmless ones raised at most the last. */
    record Bar(double urgentRecall, double concernRecall, double noneRaised) {

        void assertMetBy(Scores scores) {
            Confusion conversations = scores.conversations;
            assertThat(conversations.recall(Level.URGENT)).as("URGENT recall").isGreaterThanOrEqualTo(urgentRecall);
            assertThat(conversations.recall(Level.CONCERN)).as("CONCERN recall")
                    .isGreaterThanOrEqualTo(concernRecall);
            assertThat(conversations.noneRaised()).as("NONE raised").isLessThanOrEqualTo(noneRaised);
        }
    }

    /** The conversation figures, those of conversations whose level shows only across messages, and the baseline. */
    static final class Scores {

        final Confusion conversations = new Confusion();
        final Confusion across = new Confusion();
        final Confusion baseline = new Confusion();
        int harmlessMessages;
        int harmlessMessagesUrgent;

        void add(LabelledConversation conversation, TriageResult result) {
            conversations.add(conversation.level(), result);
            if (conversation.across()) {
                across.add(conversation.level(), result);
            }
            Level highest = Level.NONE;
            for (Written message : conversation.messages()) {
                Level alone = TRIAGE.assess(message.text(), conversation.language()).level();
                highest = alone.above(highest) ? alone : highest;
                if (conversation.level() == Level.NONE) {
                    harmlessMessages++;
                    harmlessMessagesUrgent += alone == Level.URGENT ? 1 : 0;
                }
            }
            baseline.add(conversation.level(), new TriageResult(highest, List.of(), List.of(), null));
        }

        String report(String title) {
            return conversations.report(title) + String.format(Locale.ROOT,
                    "  across messages only: URGENT %.3f, CONCERN %.3f%n"
                            + "  baseline (each message alone, highest): URGENT %.3f, CONCERN %.3f, NONE raised %.3f;"
                            + " messages of harmless conversations read URGENT alone %d of %d%n",
                    across.recall(Level.URGENT), across.recall(Level.CONCERN), baseline.recall(Level.URGENT),
                    baseline.recall(Level.CONCERN), baseline.noneRaised(), harmlessMessagesUrgent, harmlessMessages);
        }
    }
}
