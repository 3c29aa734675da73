package org.lighthouse.classroom;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.lighthouse.shared.TextFolding;
import org.springframework.stereotype.Component;

/**
 * A teacher's new class, with the rules the chat's {@code /newclass} and the console's form share: a name of 1 to
 * {@link Classroom#MAX_NAME} characters, none the teacher has already (ignoring case and accents), at most
 * {@code maxClasses} classes.
 */
@Component
class NewClasses {

    /** Why a class was not made. */
    enum Problem { EMPTY, TOO_LONG, TOO_MANY }

    /** What came of the request: a class made, the teacher's class of that name, or a problem with the name. */
    sealed interface Outcome {
    }

    record Made(Classroom classroom) implements Outcome {
    }

    record Exists(Classroom classroom) implements Outcome {
    }

    record Refused(Problem problem, String name) implements Outcome {
    }

    private final Classrooms classrooms;
    private final ClassroomSettings settings;
    private final Clock clock;

    NewClasses(Classrooms classrooms, ClassroomSettings settings, Clock clock) {
        this.classrooms = classrooms;
        this.settings = settings;
        this.clock = clock;
    }

    /** Makes the class under {@code id} (the same id again returns the class made the first time). */
    Outcome create(String teacher, String typed, String id) {
        String name = typed.replaceAll("[\\p{Cc}\\p{Cf}]", "").strip().replaceAll("\\s+", " ");
        if (name.isEmpty()) {
            return new Refused(Problem.EMPTY, name);
        }
        if (name.length() > Classroom.MAX_NAME) {
            return new Refused(Problem.TOO_LONG, name);
        }
        List<Classroom> mine = classrooms.of(teacher);
        Optional<Classroom> same = mine.stream().filter(c -> !c.id().equals(id))
                .filter(c -> TextFolding.fold(c.name()).equals(TextFolding.fold(name))).findFirst();
        if (same.isPresent()) {
            return new Exists(same.get());
        }
        if (mine.size() >= settings.maxClasses()) {
            return new Refused(Problem.TOO_MANY, name);
        }
        return new Made(classrooms.create(new Classroom(id, teacher, name, Codes.fresh(), clock.instant())));
    }
}
