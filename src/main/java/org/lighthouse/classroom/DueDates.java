package org.lighthouse.classroom;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The due days a teacher picks from with one press: tomorrow, in 3 days, Friday, in a week. */
final class DueDates {

    /** How far ahead a due day may be. */
    static final int MAX_DAYS = 62;
    private static final DateTimeFormatter COMPACT = DateTimeFormatter.BASIC_ISO_DATE;

    /** A choice: its label's text key, the day, and how many days ahead it is. */
    record Choice(String key, LocalDate day, long days) {
    }

    private DueDates() {
    }

    /** In order of days; when Friday is tomorrow, in 3 days or in a week, it is offered under that name. */
    static List<Choice> choices(LocalDate today) {
        List<Choice> all = List.of(new Choice("classroom.due.tomorrow", today.plusDays(1), 1),
                new Choice("classroom.due.days", today.plusDays(3), 3),
                new Choice("classroom.due.week", today.plusDays(7), 7),
                new Choice("classroom.due.friday", today.with(TemporalAdjusters.next(DayOfWeek.FRIDAY)), 0));
        List<Choice> distinct = new ArrayList<>();
        for (Choice choice : all) {
            if (distinct.stream().noneMatch(c -> c.day().equals(choice.day()))) {
                distinct.add(choice);
            }
        }
        distinct.sort(Comparator.comparing(Choice::day));
        return distinct;
    }

    /** {@code 20251114}, as carried by a button. */
    static String compact(LocalDate day) {
        return day.format(COMPACT);
    }

    static Optional<LocalDate> parse(String compact) {
        try {
            return Optional.of(LocalDate.parse(compact, COMPACT));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
