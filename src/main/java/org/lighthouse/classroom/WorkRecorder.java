package org.lighthouse.classroom;

import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;
import org.lighthouse.learning.LessonCompleted;
import org.lighthouse.learning.LessonStarted;
import org.lighthouse.learning.QuizAnswered;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps what students do in lessons assigned to their classes, from learning's events. A learner's events come one at
 * a time (the conversation handles a chat's events in order), so each work record has a single writer.
 */
@Component
class WorkRecorder {

    private static final Logger log = LoggerFactory.getLogger(WorkRecorder.class);

    private final Classrooms classrooms;
    private final Assignments assignments;

    WorkRecorder(Classrooms classrooms, Assignments assignments) {
        this.classrooms = classrooms;
        this.assignments = assignments;
    }

    @EventListener
    void on(LessonStarted event) {
        record(event.learner(), event.lessonId(), event.at(), w -> w.started(event.lessonId(), event.at()));
    }

    @EventListener
    void on(QuizAnswered event) {
        record(event.learner(), event.lessonId(), event.at(), w -> w.answered(event.lessonId(), event.questionId(),
                event.correct(), event.at()));
    }

    @EventListener
    void on(LessonCompleted event) {
        record(event.learner(), event.lessonId(), event.at(), w -> w.completed(event.lessonId(), event.score(),
                event.total(), event.at()));
    }

    /** A class record must never break the lesson itself: a failure here is logged, and the learner goes on. */
    private void record(String learner, String lessonId, Instant at, UnaryOperator<Work> change) {
        try {
            List<String> classes = classrooms.memberships(learner).stream().map(Member::classId).toList();
            if (classes.isEmpty()) {
                return;
            }
            for (Assignment assignment : assignments.including(classes, lessonId, at)) {
                Work before = assignments.work(assignment.id(), learner);
                Work after = change.apply(before);
                if (!after.equals(before)) {
                    assignments.save(after);
                }
            }
        } catch (RuntimeException e) {
            log.error("Could not record {}'s work in lesson {} for their classes", learner, lessonId, e);
        }
    }
}
