package org.lighthouse.classroom;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * What a student did for an assignment, from the moment it was given: the lessons opened and finished with the score
 * of the first finish, and the first answer to each question. Retakes change nothing here, so that the class's figures
 * show what students knew, not how often they tried.
 */
@Document("class_work")
record Work(@Id String id, String assignment, String student, List<LessonWork> lessons, List<Answer> answers) {

    Work {
        lessons = List.copyOf(lessons);
        answers = List.copyOf(answers);
    }

    record LessonWork(String lessonId, Instant startedAt, @Nullable Instant completedAt, int score, int total) {

        boolean completed() {
            return completedAt != null;
        }
    }

    record Answer(String lessonId, String questionId, boolean correct) {
    }

    static String idOf(String assignment, String student) {
        return assignment + "|" + student;
    }

    static Work none(String assignment, String student) {
        return new Work(idOf(assignment, student), assignment, student, List.of(), List.of());
    }

    Optional<LessonWork> lesson(String lessonId) {
        return lessons.stream().filter(l -> l.lessonId().equals(lessonId)).findFirst();
    }

    Work started(String lessonId, Instant at) {
        if (lesson(lessonId).isPresent()) {
            return this;
        }
        List<LessonWork> all = new ArrayList<>(lessons);
        all.add(new LessonWork(lessonId, at, null, 0, 0));
        return new Work(id, assignment, student, all, answers);
    }

    Work completed(String lessonId, int score, int total, Instant at) {
        Work started = started(lessonId, at);
        if (started.lesson(lessonId).orElseThrow().completed()) {
            return started;
        }
        List<LessonWork> all = new ArrayList<>(started.lessons);
        all.replaceAll(l -> l.lessonId().equals(lessonId)
                ? new LessonWork(lessonId, l.startedAt(), at, score, total) : l);
        return new Work(id, assignment, student, all, answers);
    }

    Work answered(String lessonId, String questionId, boolean correct, Instant at) {
        Work started = started(lessonId, at);
        if (answers.stream().anyMatch(a -> a.lessonId().equals(lessonId) && a.questionId().equals(questionId))) {
            return started;
        }
        List<Answer> all = new ArrayList<>(answers);
        all.add(new Answer(lessonId, questionId, correct));
        return new Work(id, assignment, student, started.lessons, all);
    }

    long completed(List<String> lessonIds) {
        return lessonIds.stream().filter(l -> lesson(l).filter(LessonWork::completed).isPresent()).count();
    }

    boolean finished(List<String> lessonIds) {
        return completed(lessonIds) == lessonIds.size();
    }

    /** The first of the lessons not finished yet. */
    Optional<String> next(List<String> lessonIds) {
        return lessonIds.stream().filter(l -> lesson(l).filter(LessonWork::completed).isEmpty()).findFirst();
    }
}
