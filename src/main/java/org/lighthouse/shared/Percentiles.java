package org.lighthouse.shared;

import java.time.Duration;
import java.util.List;

/** Percentiles of measured times, for the figures staff read. */
public final class Percentiles {

    private Percentiles() {
    }

    /** The nearest-rank percentile of times sorted from shortest; zero when there is nothing to measure. */
    public static Duration nearestRank(List<Duration> sorted, int percent) {
        if (sorted.isEmpty()) {
            return Duration.ZERO;
        }
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }
}
