package org.lighthouse.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.lighthouse.safety.TriageResult.Level;

/**
 * Measures the triage of whole conversations, against the baseline of judging each message alone and taking the
 * highest level. The development sets (five authors) are what the conversation rules were written with, so their
 * figures flatter; the fresh sets (three other authors) were never read by anyone working on the rules.
 */
class ConversationTriageEvaluationTest {

    private static final List<String> DEVELOPMENT = List.of("safety/conversations-dev-a.jsonl",
            "safety/conversations-dev-b.jsonl", "safety/conversations-dev-c.jsonl",
            "safety/conversations-dev-d.jsonl", "safety/conversations-dev-e.jsonl");
    private static final String FRESH = "safety/conversations-fresh.jsonl";
    private static final String FRESH_2 = "safety/conversations-fresh-2.jsonl";
    private static final String FRESH_3 = "safety/conversations-fresh-3.jsonl";
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
        // just under what the five development sets give (0.947 / 0.889 / 0.064): the fifth came in last and is
        // fitted less than the others
        assertThat(pooled.conversations.recall(Level.URGENT)).isGreaterThanOrEqualTo(0.93);
        assertThat(pooled.conversations.recall(Level.CONCERN)).isGreaterThanOrEqualTo(0.87);
        assertThat(pooled.conversations.noneRaised()).isLessThanOrEqualTo(0.08);
    }

    /**
     * The first fresh set, written by a third author after the first rules.
     */
    @Test
    void freshSetIsReported() {
        Scores scores = scored(FRESH);
        // first scored at 0.794 / 0.833 / 0.150; its summary was seen again twice as rules changed for the development
        // sets (last: 0.824 / 0.833 / 0.175), so it no longer measures cleanly; the bar sits just under the last
        assertThat(scores.conversations.recall(Level.URGENT)).as("URGENT recall").isGreaterThanOrEqualTo(0.79);
        assertThat(scores.conversations.recall(Level.CONCERN)).as("CONCERN recall").isGreaterThanOrEqualTo(0.80);
        assertThat(scores.conversations.noneRaised()).as("NONE raised").isLessThanOrEqualTo(0.19);
    }

    /**
     * The second fresh set, by a fifth author, written while the rules took in the third and fourth development sets
     * and scored once after them (0.694 / 0.816 / 0.198); scored again after the fifth development set.
     */
    @Test
    void secondFreshSetIsReported() {
        Scores scores = scored(FRESH_2);
        // just under what the one scoring measured (0.694 / 0.816 / 0.198; each message alone: 0.694 / 0.868 / 0.326):
        // far from the targets (0.95 / 0.90 / 0.15), and this keeps it from slipping further
        assertThat(scores.conversations.recall(Level.URGENT)).as("URGENT recall").isGreaterThanOrEqualTo(0.66);
        assertThat(scores.conversations.recall(Level.CONCERN)).as("CONCERN recall").isGreaterThanOrEqualTo(0.78);
        assertThat(scores.conversations.noneRaised()).as("NONE raised").isLessThanOrEqualTo(0.21);
    }

    /**
     * The third fresh set, by an eighth author, written while the rules took in the fifth development set and scored
     * once after the last change.
     */
    @Test
    void thirdFreshSetIsReported() {
        Scores scores = scored(FRESH_3);
        // just under what the one scoring measured (0.806 / 0.842 / 0.198; each message alone: 0.750 / 0.921 / 0.453)
        assertThat(scores.conversations.recall(Level.URGENT)).as("URGENT recall").isGreaterThanOrEqualTo(0.78);
        assertThat(scores.conversations.recall(Level.CONCERN)).as("CONCERN recall").isGreaterThanOrEqualTo(0.81);
        assertThat(scores.conversations.noneRaised()).as("NONE raised").isLessThanOrEqualTo(0.21);
    }

    /** The figures of a fresh set, printed; its misses are counted, not printed, so that nobody tunes on them. */
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
