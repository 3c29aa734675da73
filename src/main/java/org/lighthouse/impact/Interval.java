package org.lighthouse.impact;

/** A 95% confidence interval, as proportions (0 to 1) or differences of proportions (-1 to 1). */
public record Interval(double low, double high) {
}
