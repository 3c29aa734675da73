package org.lighthouse.learning;

import java.time.Instant;

/** A learner finished a lesson's quiz. */
public record LessonCompleted(String learner, String lessonId, int score, int total, Instant at) {
}
