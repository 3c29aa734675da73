package org.lighthouse.safety.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lighthouse.safety.Written;

/** What the model of a conversation's words reads of it. */
class ConversationWordsTest {

    private static final TriageEngine ENGINE = TriageEngine.shipped();

    /** Words and the pairs within a message, each once, normalised; no pair is made across two messages. */
    @Test
    void readsWordsAndPairsWithinEachMessageOnce() {
        String[] words = ConversationWords.of(ENGINE.weigh(List.of(new Written("Nợ tăng", Instant.EPOCH),
                new Written("nợ tăng mãi", Instant.EPOCH.plusSeconds(60)))).steps());

        assertThat(words).contains("no", "tang", "no_tang", "tang_mai").doesNotHaveDuplicates()
                .doesNotContain("tang_no");
    }
}
