package org.lighthouse.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.lighthouse.safety.TriageResult.Level;

/**
 * Measures the shipped triage of whole conversations on each set, against the baseline of judging each message alone
 * and taking the highest level. These figures flatter: the rules were written reading the five development sets, and
 * the shipped conversation model was trained on all sixteen sets. What it does for a new author is measured leaving
 * one author out ({@code triage.ConversationLoaoEvaluationTest}), the fifth to eleventh fresh sets there
 * only; these bars only keep each set from slipping.
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
        pooled.assertMeets(0.94, 0.89, 0.07);
    }

    /**
     * The first fresh set, written by a third author after the first rules; development data now, and among what the
     * conversation model was trained on.
     */
    @Test
    void freshSetIsReported() {
        Scores scores = scored(FRESH);
        // were 0.79 / 0.80 / 0.19, under the rules alone (last 0.794 / 0.833 / 0.175); with the conversation model,
        // trained on this set too, 0.912 / 0.917 / 0.125 (left out of its training: 0.853 / 0.917 / 0.137)
        scores.assertMeets(0.90, 0.90, 0.14);
    }

    /**
     * The second fresh set, by a fifth author, written while the rules took in the third and fourth development sets
     * and scored once after them (0.694 / 0.816 / 0.198); scored again after the fifth development set. Development
     * data now, and among what the conversation model was trained on.
     */
    @Test
    void secondFreshSetIsReported() {
        Scores scores = scored(FRESH_2);
        // were 0.66 / 0.78 / 0.21, under the rules alone (0.722 / 0.816 / 0.198 last; each message alone: 0.694 /
        // 0.868 / 0.326); with the conversation model, trained on this set too, 0.833 / 0.868 / 0.128 (left out of
        // its training: 0.833 / 0.789 / 0.151)
        scores.assertMeets(0.82, 0.85, 0.14);
    }

    /**
     * The third fresh set, by an eighth author, written while the rules took in the fifth development set and scored
     * once after the last change. Development data now, and among what the conversation model was trained on.
     */
    @Test
    void thirdFreshSetIsReported() {
        Scores scores = scored(FRESH_3);
        // were 0.78 / 0.81 / 0.21, under the rules alone (0.806 / 0.842 / 0.198; each message alone: 0.750 / 0.921 /
        // 0.453); with the conversation model, trained on this set too, 0.861 / 0.974 / 0.128 (left out of its
        // training: 0.806 / 0.947 / 0.151)
        scores.assertMeets(0.85, 0.96, 0.14);
    }

    /**
     * The fourth fresh set, by a ninth author who read neither the rules nor the other sets, written while the
     * conversation model was built and scored once, after it. Development data now, and among what the conversation
     * and words models were trained on.
     */
    @Test
    void fourthFreshSetIsReported() {
        Scores scores = scored(FRESH_4);
        // the one scoring measured 0.880 / 0.975 / 0.086 (across messages only: URGENT 0.792, CONCERN 0.950; each
        // message alone: 0.840 / 0.900 / 0.329); trained on it, 1.000 / 1.000 / 0.043 (left out of the training of
        // both models: 0.960 / 0.975 / 0.057)
        scores.assertMeets(0.86, 0.95, 0.10);
    }

    /**
     * The sixth fresh set, by an eleventh author who read neither the rules nor the other sets, written while the
     * models learnt from the tenth and scored once, after it. Development data now, and among what the conversation
     * and words models were trained on.
     */
    @Test
    void sixthFreshSetIsReported() {
        Scores scores = scored(FRESH_6);
        // the one scoring measured 0.880 / 0.925 / 0.057 (across messages only: URGENT 0.880, CONCERN 1.000; each
        // message alone: 0.840 / 0.950 / 0.243); trained on it, 1.000 / 1.000 / 0.029 (left out of the training of
        // both models: 0.940 / 0.925 / 0.029)
        scores.assertMeets(0.98, 0.98, 0.06);
    }

    /**
     * The seventh fresh set, by a twelfth author who read neither the rules nor the other sets, written while the
     * models learnt from the eleventh and scored once, after it. Development data now, and among what the conversation
     * and words models were trained on.
     */
    @Test
    void seventhFreshSetIsReported() {
        Scores scores = scored(FRESH_7);
        // the one scoring measured 0.900 / 0.950 / 0.000 (across messages only: URGENT 0.846, CONCERN 1.000; each
        // message alone: 0.760 / 0.975 / 0.157); trained on it, 1.000 / 1.000 / 0.000 (left out of the training of
        // both models: 0.980 / 0.950 / 0.000, after phrases and traits written reading its misses among all authors')
        scores.assertMeets(0.98, 0.98, 0.01);
    }

    /**
     * The eighth fresh set, by a thirteenth author who read neither the rules nor the other sets, written while the
     * models learnt from the twelfth and scored once, after it. Development data now, and among what the conversation
     * and words models were trained on.
     */
    @Test
    void eighthFreshSetIsReported() {
        Scores scores = scored(FRESH_8);
        // the one scoring measured 0.820 / 0.900 / 0.043 (across messages only: URGENT 0.760, CONCERN 0.850), the same
        // as the build before the twelfth author's work; trained on it, 1.000 / 0.975 / 0.029 (left out of the
        // training of both models, with the rules unchanged: 0.860 / 0.900 / 0.057)
        scores.assertMeets(0.98, 0.97, 0.03);
    }

    /**
     * The ninth fresh set, by a fourteenth author who read neither the rules nor the other sets, written while the
     * models learnt from the thirteenth and scored once, after it. Development data now, and among what the
     * conversation and words models were trained on.
     */
    @Test
    void ninthFreshSetIsReported() {
        Scores scores = scored(FRESH_9);
        // the one scoring measured 0.880 / 0.975 / 0.043 (across messages only: URGENT 0.800, CONCERN 1.000); the
        // build before the twelfth to fourteenth authors' work: 0.840 / 0.900 / 0.043 (0.720 / 0.895); trained on it,
        // 1.000 / 1.000 / 0.029 (left out of the training of both models, with the rules unchanged: 0.860 / 0.975 /
        // 0.043)
        scores.assertMeets(0.98, 0.98, 0.03);
    }

    /**
     * The tenth fresh set, by a fifteenth author who read neither the rules nor the other sets, written while the
     * models learnt from the fourteenth and scored once, after it. Development data now, and among what the
     * conversation and words models were trained on.
     */
    @Test
    void tenthFreshSetIsReported() {
        Scores scores = scored(FRESH_10);
        // the one scoring measured 0.940 / 0.925 / 0.000 (across messages only: URGENT 0.960, CONCERN 0.950); the
        // build before the fourteenth author's work: 0.920 / 0.925 / 0.014 (0.920 / 0.950); trained on it, 1.000 /
        // 0.975 / 0.000 (left out of the training of both models, with the rules unchanged: 0.900 / 0.950 / 0.000)
        scores.assertMeets(0.98, 0.97, 0.01);
    }

    /**
     * The eleventh fresh set, by a sixteenth author who read neither the rules nor the other sets, written while the
     * models learnt from the fifteenth and scored once, after it. Development data now, and among what the
     * conversation and words models were trained on.
     */
    @Test
    void eleventhFreshSetIsReported() {
        Scores scores = scored(FRESH_11);
        // the one scoring measured 0.940 / 1.000 / 0.029 (across messages only: URGENT 0.880, CONCERN 1.000); the
        // build before the fourteenth and fifteenth authors' work: 0.920 / 1.000 / 0.043 (0.840 / 1.000); trained on
        // it, 1.000 / 1.000 / 0.014 (left out of the training of both models, with the rules unchanged: 0.940 / 1.000
        // / 0.043)
        scores.assertMeets(0.98, 0.99, 0.02);
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

        /** Recall of URGENT and of CONCERN conversations at least these, harmless ones raised at most the last. */
        void assertMeets(double urgentRecall, double concernRecall, double noneRaised) {
            assertThat(conversations.recall(Level.URGENT)).as("URGENT recall").isGreaterThanOrEqualTo(urgentRecall);
            assertThat(conversations.recall(Level.CONCERN)).as("CONCERN recall")
                    .isGreaterThanOrEqualTo(concernRecall);
            assertThat(conversations.noneRaised()).as("NONE raised").isLessThanOrEqualTo(noneRaised);
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
