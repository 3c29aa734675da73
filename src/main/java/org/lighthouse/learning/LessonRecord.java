package org.lighthouse.learning;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A learner's history with one lesson: when started and completed, the best quiz score, how many attempts. */
record LessonRecord(Instant startedAt, @Nullable Instant completedAt, int bestScore, int total, int attempts) {

    static LessonRecord started(Instant now) {
        return new LessonRecord(now, null, 0, 0, 0);
    }

    LessonRecord finished(int score, int outOf, Instant now) {
        return new LessonRecord(startedAt, completedAt == null ? now : completedAt, Math.max(bestScore, score), outOf,
                attempts + 1);
    }

    boolean completed() {
        return completedAt != null;
    }
}
