package org.lighthouse.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The due days offered: tomorrow, in 3 days, Friday, in a week, each day once and in order. */
class DueDatesUnitTest {

    static final LocalDate MONDAY = LocalDate.of(2025, 11, 10);

    /** On a Monday: Tuesday, Thursday, Friday and next Monday. */
    @Test
    void fourDaysOnAMonday() {
        assertThat(DueDates.choices(MONDAY)).extracting(DueDates.Choice::key, DueDates.Choice::day).containsExactly(
                tuple("classroom.due.tomorrow", MONDAY.plusDays(1)),
                tuple("classroom.due.days", MONDAY.plusDays(3)),
                tuple("classroom.due.friday", MONDAY.plusDays(4)),
                tuple("classroom.due.week", MONDAY.plusDays(7)));
    }

    /** On a Thursday "Friday" is tomorrow, and on a Friday it is in a week: offered once, under that name. */
    @Test
    void fridayIsNotOfferedTwice() {
        assertThat(DueDates.choices(MONDAY.plusDays(3))).extracting(DueDates.Choice::key)
                .containsExactly("classroom.due.tomorrow", "classroom.due.days", "classroom.due.week");
        assertThat(DueDates.choices(MONDAY.plusDays(4))).extracting(DueDates.Choice::key)
                .containsExactly("classroom.due.tomorrow", "classroom.due.days", "classroom.due.week");
    }

    /** A button's day reads back; anything else is no day. */
    @Test
    void compactDaysReadBack() {
        assertThat(DueDates.parse(DueDates.compact(MONDAY))).contains(MONDAY);
        assertThat(DueDates.parse("20251340")).isEmpty();
        assertThat(DueDates.parse("soon")).isEmpty();
    }
}
