package org.lighthouse.classroom;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.lighthouse.content.Catalog;
import org.lighthouse.content.LocalizedText;
import org.lighthouse.shared.Language;
import org.lighthouse.shared.Texts;

/**
 * The interface texts of one reader's language, with what classroom texts show: dates, lesson and assignment titles.
 * Made per message, since a teacher's and a student's languages differ.
 */
record Words(Texts texts, Catalog catalog, Language language) {

    String get(String key) {
        return texts.get(language, key);
    }

    String get(String key, Map<String, ?> values) {
        return texts.get(language, key, values);
    }

    String shown(LocalizedText text) {
        return text.show(language).text();
    }

    /** {@code T6 14/11}, {@code Fri 14/11}. */
    String date(LocalDate day) {
        return get("classroom.date", Map.of("weekday", get("classroom.weekday." + day.getDayOfWeek().getValue()),
                "day", day.getDayOfMonth(), "month", day.getMonthValue()));
    }

    String lesson(String lessonId) {
        return catalog.lesson(lessonId).map(l -> shown(l.title())).orElse(lessonId);
    }

    /** The series' title, the lesson's title, or the first lesson's title and how many more. */
    String title(Assignment assignment) {
        return title(assignment.seriesId(), assignment.lessonIds());
    }

    String title(@Nullable String seriesId, List<String> lessonIds) {
        if (seriesId != null) {
            return catalog.series(seriesId).map(s -> shown(s.title())).orElse(seriesId);
        }
        String first = lesson(lessonIds.get(0));
        return lessonIds.size() == 1 ? first : get("classroom.assign.titleMore", Map.of("lesson", first, "more",
                lessonIds.size() - 1));
    }

    /** The assignment's title, lesson count and due day in one line. */
    String work(Assignment assignment) {
        return get("classroom.assign.line", Map.of("title", title(assignment), "count", assignment.lessonIds().size(),
                "due", date(assignment.dueDay())));
    }
}
