package org.lighthouse.learning;

import java.time.Instant;

/** A learner opened a lesson at its first card (again, when they had done it before). */
public record LessonStarted(String learner, String lessonId, Instant at) {
}
