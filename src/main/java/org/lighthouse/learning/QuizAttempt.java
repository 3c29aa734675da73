package org.lighthouse.learning;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.bson.types.ObjectId;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One go at a lesson's quiz: every answer given, right or not, and when it was finished. A question answered again in
 * "Review" is a go of its own with that one answer, marked {@code review} (null in goes stored before reviews were).
 */
@Document("quiz_attempts")
record QuizAttempt(@Id String id, @Indexed String learner, String lessonId, List<Answer> answers, Instant startedAt,
        @Nullable Instant finishedAt, @Nullable Boolean review) {

    QuizAttempt {
        answers = List.copyOf(answers);
    }

    /** The option chosen (in the content's order) and whether it was right. */
    record Answer(String questionId, int chosen, boolean correct, Instant at) {
    }

    QuizAttempt answer(Answer answer) {
        List<Answer> all = new ArrayList<>(answers);
        all.add(answer);
        return new QuizAttempt(id, learner, lessonId, all, startedAt, finishedAt, review);
    }

    QuizAttempt finish(Instant now) {
        return new QuizAttempt(id, learner, lessonId, answers, startedAt, now, review);
    }

    static QuizAttempt review(String learner, String lessonId, Answer answer) {
        return new QuizAttempt(new ObjectId().toHexString(), learner, lessonId, List.of(answer), answer.at(),
                answer.at(), true);
    }

    boolean isReview() {
        return Boolean.TRUE.equals(review);
    }

    boolean answered(String questionId) {
        return answers.stream().anyMatch(a -> a.questionId().equals(questionId));
    }

    int score() {
        return (int) answers.stream().filter(Answer::correct).count();
    }
}
