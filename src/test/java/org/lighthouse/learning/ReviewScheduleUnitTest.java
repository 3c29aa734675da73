package org.lighthouse.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Missed questions come back after 1, then 3, then 7 days while answered right; a miss starts again. */
class ReviewScheduleUnitTest {

    private static final List<Duration> GAPS = List.of(Duration.ofDays(1), Duration.ofDays(3), Duration.ofDays(7));
    private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");

    /** A missed question is due a day later, not before. */
    @Test
    void missedQuestionIsDueNextDay() {
        LearnerProgress progress = LearnerProgress.fresh("tg:1", NOW).missed("sm-1", "q2", NOW, GAPS);
        assertThat(progress.due(NOW.plus(Duration.ofHours(23)))).isEmpty();
        assertThat(progress.due(NOW.plus(Duration.ofDays(1)))).extracting(ReviewItem::questionId).containsExactly("q2");
    }

    /** Right answers push it further out; after the last box it is known and gone. */
    @Test
    void rightAnswersSpaceItOutThenRetireIt() {
        Instant day1 = NOW.plus(Duration.ofDays(1));
        LearnerProgress progress = LearnerProgress.fresh("tg:1", NOW).missed("sm-1", "q2", NOW, GAPS)
                .reviewed("sm-1", "q2", true, day1, GAPS);
        assertThat(progress.due(day1.plus(Duration.ofDays(2)))).isEmpty();
        Instant day4 = day1.plus(Duration.ofDays(3));
        assertThat(progress.due(day4)).hasSize(1);
        progress = progress.reviewed("sm-1", "q2", true, day4, GAPS);
        Instant day11 = day4.plus(Duration.ofDays(7));
        assertThat(progress.due(day11)).hasSize(1);
        progress = progress.reviewed("sm-1", "q2", true, day11, GAPS);
        assertThat(progress.reviews()).isEmpty();
    }

    /** A wrong answer in review puts it back to the start. */
    @Test
    void wrongAnswerStartsAgain() {
        Instant day1 = NOW.plus(Duration.ofDays(1));
        LearnerProgress progress = LearnerProgress.fresh("tg:1", NOW).missed("sm-1", "q2", NOW, GAPS)
                .reviewed("sm-1", "q2", true, day1, GAPS).reviewed("sm-1", "q2", false, day1.plus(Duration.ofDays(3)), GAPS);
        assertThat(progress.reviews()).singleElement().satisfies(item -> assertThat(item.box()).isEqualTo(1));
    }

    /** Options are shuffled per learner and question, and the same learner always sees the same order. */
    @Test
    void optionOrderIsStablePerLearner() {
        assertThat(OptionOrder.of("tg:1", "sm-1", "q1", 4)).isEqualTo(OptionOrder.of("tg:1", "sm-1", "q1", 4))
                .containsExactlyInAnyOrder(0, 1, 2, 3);
        long firstIsFirst = java.util.stream.IntStream.range(0, 200)
                .filter(i -> OptionOrder.of("tg:" + i, "sm-1", "q1", 3).get(0) == 0).count();
        assertThat(firstIsFirst).isBetween(30L, 110L);
    }
}
