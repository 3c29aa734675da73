package org.lighthouse.console.impact;

import java.util.ArrayList;
import java.util.List;
import org.lighthouse.impact.CheckinFigures;
import org.lighthouse.impact.Share;

/**
 * The impact page's charts, laid out here and drawn as SVG by the page: they print, scale to a phone, and need no
 * script. Coordinates are in the SVG's own units; the page sets its width.
 */
final class Charts {

    static final int WIDTH = 600;
    static final int PLOT = 440;
    /** A question's two bars, one above the other; the page shows the question's text above them. */
    static final int QUESTION_HEIGHT = 46;
    private static final int BAR = 18;
    private static final int GAP = 6;
    private static final int WEEKS_HEIGHT = 160;
    private static final int WEEKS_BASE = WEEKS_HEIGHT - 24;

    private Charts() {
    }

    /** A horizontal bar from 0 to {@code width}, with its interval's whisker from {@code low} to {@code high}. */
    record Bar(double y, double width, double low, double high, String value, boolean hidden) {

        public double middle() {
            return y + BAR / 2.0;
        }

        public double valueX() {
            return (hidden ? 0 : Math.max(width, high)) + 6;
        }
    }

    /** Before and after for one question: two bars, with their 95% intervals, and the scale's lines. */
    record Question(String label, Bar before, Bar after) {

        public List<Double> scale() {
            return List.of(0.0, PLOT / 4.0, PLOT / 2.0, PLOT * 3 / 4.0, (double) PLOT);
        }
    }

    /** A week's column: its height from the base line, and its figure above it. */
    record Week(double x, double width, double height, String label, String value, boolean hidden) {

        public double top() {
            return WEEKS_BASE - height;
        }
    }

    record Weeks(int width, int height, int base, List<Week> weeks) {
    }

    static List<Question> checkin(List<CheckinFigures.Question> figures, List<String> labels, String hidden) {
        List<Question> questions = new ArrayList<>();
        for (int i = 0; i < figures.size(); i++) {
            CheckinFigures.Question figure = figures.get(i);
            questions.add(new Question(labels.get(i), bar(2, figure.before(), hidden),
                    bar(2 + BAR + GAP, figure.after(), hidden)));
        }
        return questions;
    }

    /** People reached per week, oldest first; a week of fewer than five people shows no column, and "<5". */
    static Weeks weeks(List<String> labels, List<Integer> people) {
        int most = people.stream().mapToInt(Integer::intValue).max().orElse(0);
        double slot = (double) WIDTH / Math.max(1, people.size());
        List<Week> weeks = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            int count = people.get(i);
            boolean small = count < Share.FEWEST;
            double height = small || most == 0 ? 0 : (WEEKS_BASE - 20.0) * count / most;
            String value = small ? Cell.HIDDEN_SHORT : Integer.toString(count);
            weeks.add(new Week(i * slot + 4, slot - 8, height, labels.get(i), value, small));
        }
        return new Weeks(WIDTH, WEEKS_HEIGHT, WEEKS_BASE, weeks);
    }

    private static Bar bar(double y, Share share, String hidden) {
        if (share.hidden()) {
            return new Bar(y, 0, 0, 0, hidden, true);
        }
        return new Bar(y, PLOT * share.proportion(), PLOT * share.interval().low(), PLOT * share.interval().high(),
                Math.round(share.proportion() * 100) + "%", false);
    }
}
