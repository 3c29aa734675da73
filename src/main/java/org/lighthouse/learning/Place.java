package org.lighthouse.learning;

import org.jspecify.annotations.Nullable;

/**
 * Where a learner is in a lesson: reading card {@code index}, or at question {@code index} of quiz attempt
 * {@code attempt} ({@code answered} once its feedback is shown).
 */
record Place(String lessonId, Stage stage, int index, @Nullable String attempt, boolean answered) {

    enum Stage { CARD, QUESTION }

    static Place card(String lessonId, int index) {
        return new Place(lessonId, Stage.CARD, index, null, false);
    }

    static Place question(String lessonId, String attempt, int index) {
        return new Place(lessonId, Stage.QUESTION, index, attempt, false);
    }

    Place answeredNow() {
        return new Place(lessonId, stage, index, attempt, true);
    }

    boolean isCard(String lesson, int card) {
        return stage == Stage.CARD && lessonId.equals(lesson) && index == card;
    }

    boolean isQuestion(String attemptId, int question) {
        return stage == Stage.QUESTION && attemptId.equals(attempt) && index == question;
    }
}
