package org.lighthouse.learning;

import java.time.Instant;

/**
 * A missed question that comes back for review: in box 1 a day after it was missed, then after longer and longer
 * gaps while it is answered right, until it is known.
 */
record ReviewItem(String lessonId, String questionId, int box, Instant due) {

    boolean isFor(String lesson, String question) {
        return lessonId.equals(lesson) && questionId.equals(question);
    }
}
