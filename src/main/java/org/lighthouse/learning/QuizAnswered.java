package org.lighthouse.learning;

import java.time.Instant;

/** A learner answered a quiz question of a lesson (not a review). */
public record QuizAnswered(String learner, String lessonId, String questionId, boolean correct, Instant at) {
}
