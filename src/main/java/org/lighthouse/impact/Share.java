package org.lighthouse.impact;

/**
 * How many of some people answered right. Shown only when at least {@link #FEWEST} people count in it: a smaller
 * group could point to a person, so the page says "fewer than 5" instead.
 */
public record Share(int right, int people) {

    /** The fewest people a figure may count and still be shown. */
    public static final int FEWEST = 5;
    /** The normal quantile of a two-sided 95% interval. */
    static final double Z = 1.959963984540054;

    public Share {
        if (right < 0 || people < right) {
            throw new IllegalArgumentException("a share of " + right + " right among " + people + " people");
        }
    }

    public boolean hidden() {
        return people < FEWEST;
    }

    public double proportion() {
        return people == 0 ? 0 : (double) right / people;
    }

    /** Wilson's score interval, which stays inside 0..1 and holds up for small groups and shares near 0 or 1. */
    public Interval interval() {
        if (people == 0) {
            return new Interval(0, 1);
        }
        double p = proportion();
        double z2 = Z * Z;
        double denominator = 1 + z2 / people;
        double centre = (p + z2 / (2.0 * people)) / denominator;
        double half = Z * Math.sqrt(p * (1 - p) / people + z2 / (4.0 * people * people)) / denominator;
        return new Interval(Math.max(0, centre - half), Math.min(1, centre + half));
    }
}
