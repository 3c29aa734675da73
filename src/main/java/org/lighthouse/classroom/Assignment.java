package org.lighthouse.classroom;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Lessons a class is to do by a day: a whole series, or lessons the teacher chose.
 *
 * @param seriesId the series assigned, or null for chosen lessons
 * @param due the due day (ISO, in the classes' zone), as the teacher chose it
 * @param dueAt the due time on that day
 * @param remindedAt when students who had not finished were reminded (or when it was too late to: then no reminder)
 */
@Document("assignments")
record Assignment(@Id String id, String classId, @Nullable String seriesId, List<String> lessonIds, String due,
        Instant dueAt, Instant createdAt, @Nullable Instant remindedAt) {

    Assignment {
        lessonIds = List.copyOf(lessonIds);
    }

    Assignment remindedAt(Instant at) {
        return new Assignment(id, classId, seriesId, lessonIds, due, dueAt, createdAt, at);
    }

    LocalDate dueDay() {
        return LocalDate.parse(due);
    }
}
