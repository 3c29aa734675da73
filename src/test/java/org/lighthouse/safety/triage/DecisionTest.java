package org.lighthouse.safety.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lighthouse.safety.TriageResult;
import org.lighthouse.safety.TriageResult.Level;

/** How the readings of a message make its level, with the model's scores given. */
class DecisionTest {

    private static Reading plain(boolean weighsOffer) {
        Text text = Text.of("chi oi em van o day");
        return new Reading(text, text.words(), List.of(), List.of(), List.of(), weighsOffer);
    }

    /** The model alone, below the clear threshold, makes a message CONCERN at most: no case is opened on its word. */
    @Test
    void theModelAloneBelowTheThresholdIsConcern() {
        TriageResult result = Decision.decide(plain(false), new ModelScores(0.65, 0.12, 0.23));

        assertThat(result.level()).isEqualTo(Level.CONCERN);
        assertThat(result.modelAlone()).isTrue();
        assertThat(result.signals()).isEmpty();
        assertThat(result.reasons()).containsExactly("model: URGENT 0.65");
    }

    /** The model alone, clearly sure, makes a message URGENT; and says that no phrase stands behind it. */
    @Test
    void theModelAloneClearlySureIsUrgent() {
        TriageResult result = Decision.decide(plain(false), new ModelScores(Decision.URGENT_ALONE, 0.1, 0.2));

        assertThat(result.level()).isEqualTo(Level.URGENT);
        assertThat(result.modelAlone()).isTrue();
    }

    /** An offer being weighed is no danger now: the model alone makes it CONCERN, however sure. */
    @Test
    void anOfferWeighedIsConcernWhateverTheModelSays() {
        assertThat(Decision.decide(plain(true), new ModelScores(0.95, 0.03, 0.02)).level()).isEqualTo(Level.CONCERN);
    }
}
