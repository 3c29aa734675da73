package org.lighthouse.safety.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lighthouse.safety.TriageResult;
import org.lighthouse.safety.TriageResult.Level;
import org.lighthouse.safety.Written;

/** How the conversation model's probabilities make the level of a conversation, and what a responder reads. */
class BlendTest {

    private static final TriageResult CONFINED = new TriageResult(Level.URGENT, List.of("confined"), List.of(),
            "model: NONE 0.70");
    private static final TriageResult NOTHING = TriageResult.NOTHING;

    /** A conversation the rules made URGENT that the model finds harmless is NONE, and says what was outweighed. */
    @Test
    void theModelOutweighsTheRulesWhenItFindsTheConversationHarmless() {
        TriageResult result = Blend.SHIPPED.apply(CONFINED, new ModelScores(0.1, 0.1, 0.8), false);

        assertThat(result.level()).isEqualTo(Level.NONE);
        assertThat(result.reasons()).containsExactly("outweighed: confined", "conversation model: NONE 0.80");
    }

    /** A last message URGENT by a phrase stays URGENT, however harmless the model finds the conversation. */
    @Test
    void plainDangerJustWrittenStaysUrgent() {
        assertThat(Blend.SHIPPED.apply(CONFINED, new ModelScores(0.05, 0.05, 0.9), true)).isEqualTo(CONFINED);
    }

    /**
     * Below an even chance on purpose: URGENT from 0.40, CONCERN from 0.50 for URGENT and CONCERN together, with the
     * model's word among the reasons when it raised the level.
     */
    @Test
    void theThresholdsLeanTowardsRaising() {
        TriageResult urgent = Blend.SHIPPED.apply(NOTHING, new ModelScores(0.4, 0.1, 0.5), false);
        TriageResult concern = Blend.SHIPPED.apply(NOTHING, new ModelScores(0.1, 0.4, 0.5), false);
        TriageResult below = Blend.SHIPPED.apply(NOTHING, new ModelScores(0.39, 0.11, 0.5), false);

        assertThat(urgent.level()).isEqualTo(Level.URGENT);
        assertThat(urgent.reasons()).containsExactly("conversation model: URGENT 0.40");
        assertThat(concern.level()).isEqualTo(Level.CONCERN);
        assertThat(concern.modelAlone()).isTrue();
        assertThat(below.level()).isEqualTo(Level.CONCERN);
        assertThat(Blend.SHIPPED.apply(NOTHING, new ModelScores(0.1, 0.1, 0.8), false).level()).isEqualTo(Level.NONE);
    }

    /** Where the model agrees with the rules, the rules' result is given as it is. */
    @Test
    void agreementKeepsTheRulesReasons() {
        assertThat(Blend.SHIPPED.apply(CONFINED, new ModelScores(0.9, 0.05, 0.05), false)).isEqualTo(CONFINED);
    }

    /** The features name what the rules found, in the order it came: an online contact, then a meeting. */
    @Test
    void theFeaturesTellTheOrderOfTraits() {
        TriageEngine engine = TriageEngine.shipped();
        String online = "there's a boy i met in a game chat, he keeps sending me phone credit";
        String meeting = "he says he will wait for me at the bus stop on sunday";

        assertThat(engine.featuresOf(engine.weigh(conversation(online, meeting)))).contains("trait=online contact",
                "trait=meeting or trip", "online contact, then a meeting", "rules=CONCERN");
        assertThat(engine.featuresOf(engine.weigh(conversation(meeting, online)))).contains("trait=online contact")
                .doesNotContain("online contact, then a meeting");
    }

    private static List<Written> conversation(String first, String then) {
        return List.of(new Written(first, Instant.EPOCH), new Written(then, Instant.EPOCH.plusSeconds(60)));
    }
}
