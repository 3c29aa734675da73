package org.lighthouse.classroom;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Work given to a class, with the rules the chat's buttons and the console's form share: a due day from today to
 * {@link DueDates#MAX_DAYS} ahead whose due time has not passed, not the same lessons on the same day twice; every
 * student gets a message with a button to start.
 */
@Component
class Giving {

    /** What came of it: the work given, the same work given before, or a due day refused. */
    sealed interface Outcome {
    }

    /** @param reached how many students the message reached now (or will, after their talk with the safety net) */
    record Given(Assignment assignment, long reached, long unreached) implements Outcome {
    }

    record Twin(Assignment assignment) implements Outcome {
    }

    record BadDay() implements Outcome {
    }

    private final Classrooms classrooms;
    private final Assignments assignments;
    private final Notices notices;
    private final ClassroomSettings settings;
    private final Clock clock;

    Giving(Classrooms classrooms, Assignments assignments, Notices notices, ClassroomSettings settings, Clock clock) {
        this.classrooms = classrooms;
        this.assignments = assignments;
        this.notices = notices;
        this.settings = settings;
        this.clock = clock;
    }

    /** The first and last days work may be due on, as the teacher's calendar shows them. */
    LocalDate firstDay() {
        LocalDate today = today();
        return dueAt(today).isAfter(clock.instant()) ? today : today.plusDays(1);
    }

    LocalDate lastDay() {
        return today().plusDays(DueDates.MAX_DAYS);
    }

    /** Gives the work under {@code id} (the same id again finds the work given the first time, sent once). */
    Outcome give(Classroom classroom, @Nullable String seriesId, List<String> lessonIds, LocalDate day, String id) {
        Instant now = clock.instant();
        if (day.isBefore(today()) || day.isAfter(lastDay()) || !dueAt(day).isAfter(now) || lessonIds.isEmpty()) {
            return new BadDay();
        }
        Optional<Assignment> twin = assignments.of(classroom.id()).stream().filter(a -> !a.id().equals(id)
                && a.lessonIds().equals(lessonIds) && a.dueDay().equals(day)).findFirst();
        if (twin.isPresent()) {
            return new Twin(twin.get());
        }
        Assignment fresh = new Assignment(id, classroom.id(), seriesId, lessonIds, day.toString(), dueAt(day), now,
                null);
        boolean tooLateToRemind = !fresh.dueAt().minus(settings.reminderLead()).isAfter(now);
        // the same request handled again (after a restart) finds the assignment stored the first time, and the outbox
        // takes no message twice
        Assignment assignment = assignments.create(tooLateToRemind ? fresh.remindedAt(now) : fresh);
        List<Member> members = classrooms.members(classroom.id());
        long unreached = members.stream().filter(m -> !notices.assigned(classroom, assignment, m)).count();
        return new Given(assignment, members.size() - unreached, unreached);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(settings.zone()));
    }

    private Instant dueAt(LocalDate day) {
        return day.atTime(settings.dueTime()).atZone(settings.zone()).toInstant();
    }
}
