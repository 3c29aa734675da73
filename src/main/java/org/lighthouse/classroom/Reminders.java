package org.lighthouse.classroom;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * One reminder per assignment, {@code reminderLead} before it is due, to the students who have not finished it. The
 * messages are keyed per assignment and student in the outbox before the assignment is marked reminded, so a restart
 * in between sends nothing twice.
 */
@Component
class Reminders {

    private static final Logger log = LoggerFactory.getLogger(Reminders.class);

    private final Assignments assignments;
    private final Classrooms classrooms;
    private final Notices notices;
    private final ClassroomSettings settings;
    private final Clock clock;

    Reminders(Assignments assignments, Classrooms classrooms, Notices notices, ClassroomSettings settings,
            Clock clock) {
        this.assignments = assignments;
        this.classrooms = classrooms;
        this.notices = notices;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${lighthouse.classroom.check-every:PT5M}",
            initialDelayString = "${lighthouse.classroom.check-every:PT5M}")
    void remind() {
        Instant now = clock.instant();
        for (Assignment assignment : assignments.awaitingReminder(now, settings.reminderLead())) {
            try {
                remind(assignment, now);
            } catch (RuntimeException e) {
                log.error("Could not remind the students of assignment {}", assignment.id(), e);
            }
        }
    }

    private void remind(Assignment assignment, Instant now) {
        classrooms.find(assignment.classId()).ifPresent(classroom -> {
            Map<String, Work> work = assignments.work(assignment.id());
            int sent = 0;
            for (Member member : classrooms.members(classroom.id())) {
                Work done = work.getOrDefault(member.student(), Work.none(assignment.id(), member.student()));
                if (!done.finished(assignment.lessonIds())) {
                    notices.remind(classroom, assignment, member, done);
                    sent++;
                }
            }
            log.info("Reminded {} students of class {} of assignment {}", sent, classroom.id(), assignment.id());
        });
        assignments.reminded(assignment, now);
    }
}
