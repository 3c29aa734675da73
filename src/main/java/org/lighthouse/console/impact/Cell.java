package org.lighthouse.console.impact;

import org.lighthouse.impact.Difference;
import org.lighthouse.impact.Interval;
import org.lighthouse.impact.Share;

/**
 * A figure in a table. A hidden one counts fewer than {@link Share#FEWEST} people: the page shows "fewer than 5" and
 * the CSV {@code <5}, never the figure.
 */
record Cell(String text, boolean hidden) {

    /** A hidden figure where room is short: in the CSV and on a chart. */
    static final String HIDDEN_SHORT = "<" + Share.FEWEST;

    static Cell text(String text) {
        return new Cell(text, false);
    }

    /** How many people; hidden below five. */
    static Cell people(int count) {
        return new Cell(Integer.toString(count), count < Share.FEWEST);
    }

    /** A share with its 95% interval: {@code 70% (55-82%)}. */
    static Cell share(Share share) {
        Interval interval = share.interval();
        return new Cell(percent(share.proportion()) + "% (" + percent(interval.low()) + "–" + percent(interval.high())
                + "%)", share.hidden());
    }

    /** A share of answers without an interval (answers of one person are not independent): {@code 70%}. */
    static Cell share(int right, int answers, int people) {
        return new Cell(answers == 0 ? "–" : percent((double) right / answers) + "%", people < Share.FEWEST);
    }

    /**
     * A change in percentage points with its 95% interval: {@code 47 (22 … 64)}, a fall with a minus sign
     * ({@code −5}, U+2212, which no spreadsheet reads as a formula).
     */
    static Cell change(Difference change) {
        Interval interval = change.interval();
        return new Cell(points(change.estimate()) + " (" + points(interval.low()) + " … " + points(interval.high())
                + ")", change.hidden());
    }

    String csv() {
        return hidden ? HIDDEN_SHORT : text;
    }

    private static String percent(double proportion) {
        return Long.toString(Math.round(proportion * 100));
    }

    private static String points(double difference) {
        long points = Math.round(difference * 100);
        return points < 0 ? "\u2212" + -points : Long.toString(points);
    }
}
