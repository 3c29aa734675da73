package org.lighthouse.console.cases;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The team's figures, week by week (weeks start on Monday, in the console's time zone): cases by level and by outcome, how
 * long cases waited to be claimed, and how many had to be alerted again because nobody claimed them in time.
 */
record TeamFigures(List<Week> weeks, Week total) {

    /**
     * @param byLevel cases opened, by level
     * @param byOutcome cases closed, by outcome; those still open under {@code OPEN}
     * @param claimMedian the median time from opening to the first claim, of the cases claimed
     * @param claimP90 the 90th percentile of the same
     * @param realerted cases alerted more than once
     */
    record Week(LocalDate start, int cases, Map<String, Integer> byLevel, Map<String, Integer> byOutcome,
            Duration claimMedian, Duration claimP90, int claimed, int realerted) {
    }
}
