package org.lighthouse.impact;

/**
 * How much the share of right answers changed from before to after, in proportion points (after minus before), with
 * its 95% interval. Hidden when either side counts fewer than {@link Share#FEWEST} people.
 */
public record Difference(double estimate, Interval interval, boolean hidden) {

    /**
     * Between two independent groups: Newcombe's hybrid score interval (his method 10), built from each side's Wilson
     * interval, which keeps its coverage for small groups where the plain Wald interval does not.
     */
    public static Difference between(Share before, Share after) {
        Interval b = before.interval();
        Interval a = after.interval();
        double pb = before.proportion();
        double pa = after.proportion();
        double d = pa - pb;
        double low = d - Math.sqrt(square(pa - a.low()) + square(b.high() - pb));
        double high = d + Math.sqrt(square(a.high() - pa) + square(pb - b.low()));
        return new Difference(d, new Interval(Math.max(-1, low), Math.min(1, high)), before.hidden() || after.hidden());
    }

    /**
     * Within the same people: Agresti and Min's interval for paired proportions (the Wald interval after adding half
     * a person to each cell), which behaves well when few answers changed.
     */
    public static Difference paired(Pairs pairs) {
        int n = pairs.people();
        double d = n == 0 ? 0 : (double) (pairs.wrongThenRight() - pairs.rightThenWrong()) / n;
        double b = pairs.rightThenWrong() + 0.5;
        double c = pairs.wrongThenRight() + 0.5;
        double adjusted = n + 2.0;
        double centre = (c - b) / adjusted;
        double half = Share.Z * Math.sqrt((b + c) - square(c - b) / adjusted) / adjusted;
        return new Difference(d, new Interval(Math.max(-1, centre - half), Math.min(1, centre + half)),
                n < Share.FEWEST);
    }

    private static double square(double x) {
        return x * x;
    }
}
