package org.lighthouse.safety;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.lighthouse.safety.SafetyCase.Outcome;
import org.lighthouse.safety.TriageResult.Level;

/**
 * What a responder looks for among closed cases; every part may be left out.
 *
 * @param reference a case id, {@code C-7KQ2M9XA}
 * @param from opened at or after
 * @param to opened before
 * @param limit how many at most
 */
public record CaseSearch(@Nullable String reference, @Nullable Level level, @Nullable Outcome outcome,
        @Nullable Instant from, @Nullable Instant to, int limit) {
}
