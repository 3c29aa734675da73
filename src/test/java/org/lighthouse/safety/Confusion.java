package org.lighthouse.safety;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.lighthouse.safety.TriageResult.Level;

/**
 * How often each level was given to messages of each level (rows are the expected level, columns the given one), and
 * which part of triage decided each miss, as its reasons show: a frame, a calm cue, phrases, the model alone, or
 * nothing found.
 */
public final class Confusion {

    private final int[][] counts = new int[Level.values().length][Level.values().length];
    private final Map<String, Integer> missesByPath = new TreeMap<>();

    public void add(Level expected, TriageResult given) {
        counts[expected.ordinal()][given.level().ordinal()]++;
        if (given.level() != expected) {
            missesByPath.merge(expected + "->" + given.level() + " by " + path(given), 1, Integer::sum);
        }
    }

    private static String path(TriageResult result) {
        if (result.modelAlone()) {
            return "model alone";
        }
        if (!result.signals().isEmpty()) {
            return "phrases";
        }
        if (result.setAside().isEmpty()) {
            return "nothing found";
        }
        return result.setAside().get(0).startsWith("about: ") ? "frame" : "calm cue";
    }

    /** The share of the level's messages given that level. */
    public double recall(Level level) {
        int[] row = counts[level.ordinal()];
        return (double) row[level.ordinal()] / Math.max(1, total(row));
    }

    /** The share of NONE messages given CONCERN or URGENT. */
    public double noneRaised() {
        int[] row = counts[Level.NONE.ordinal()];
        return 1 - (double) row[Level.NONE.ordinal()] / Math.max(1, total(row));
    }

    public String report(String title) {
        StringBuilder out = new StringBuilder(title).append('\n');
        out.append(String.format(Locale.ROOT,
                "  recall URGENT %.3f, CONCERN %.3f, NONE %.3f; NONE raised %.3f, to URGENT %d%n",
                recall(Level.URGENT), recall(Level.CONCERN), recall(Level.NONE), noneRaised(),
                counts[Level.NONE.ordinal()][Level.URGENT.ordinal()]));
        out.append(String.format(Locale.ROOT, "  %-16s%8s%8s%8s%n", "expected\\given", "URGENT", "CONCERN", "NONE"));
        for (Level expected : Level.values()) {
            int[] row = counts[expected.ordinal()];
            out.append(String.format(Locale.ROOT, "  %-16s%8d%8d%8d%n", expected, row[0], row[1], row[2]));
        }
        out.append("  misses by path: ").append(missesByPath).append('\n');
        return out.toString();
    }

    private static int total(int[] row) {
        int total = 0;
        for (int count : row) {
            total += count;
        }
        return total;
    }
}
