package org.lighthouse.offer;

import java.util.Arrays;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A pattern of the language files that finds its first match as {@link Matcher#find()} does, trying only the places
 * where a match can start. Most patterns start with a word from a list ({@code \b(?:tuyen|viec|luong)\b}) and can
 * only match where such a word begins, yet {@code find()} tries every alternative at every character; with some
 * three hundred patterns per offer, that was most of the offer check's time.
 *
 * <p>Where a match can start is learnt from the pattern, not read from its syntax: it is tried on every character
 * before and first character, and, where a word begins, on every first two characters. A place is ruled out only
 * when the pattern failed there without reading past what the probe gave it ({@link Matcher#hitEnd()}), so no text
 * could make it match. Characters outside the small alphabet of folded text are always tried. A pattern whose start
 * the probes cannot judge is searched with {@code find()} as it is.
 */
final class RulePattern {

    /** The characters of folded text worth a row and a column; anything else is always tried. */
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789 .,!?:;-/$%'\"()";
    /** The row of the start of the text, where nothing comes before. */
    private static final int NOTHING_BEFORE = ALPHABET.length();
    private static final int SPACE = ALPHABET.indexOf(' ');
    private static final int[] INDEX = new int[128];

    static {
        Arrays.fill(INDEX, -1);
        for (int i = 0; i < ALPHABET.length(); i++) {
            INDEX[ALPHABET.charAt(i)] = i;
        }
    }

    private final Pattern pattern;
    private final @Nullable Starts starts;

    private RulePattern(Pattern pattern, @Nullable Starts starts) {
        this.pattern = pattern;
        this.starts = starts;
    }

    static RulePattern of(Pattern pattern) {
        return new RulePattern(pattern, judgeable(pattern) ? Starts.of(pattern) : null);
    }

    /** The first match in the text, as {@code pattern.matcher(text).find()} finds it, or null. */
    @Nullable MatchResult find(String text) {
        Matcher matcher = pattern.matcher(text);
        if (starts == null) {
            return matcher.find() ? matcher : null;
        }
        matcher.useTransparentBounds(true).useAnchoringBounds(false);
        int before = NOTHING_BEFORE;
        for (int i = 0; i < text.length(); i++) {
            int first = index(text.charAt(i));
            int second = i + 1 < text.length() ? index(text.charAt(i + 1)) : -1;
            if (starts.mayStart(before, first, second)) {
                matcher.region(i, text.length());
                if (matcher.lookingAt()) {
                    return matcher;
                }
            }
            before = first;
        }
        return null;
    }

    boolean isIn(String text) {
        return find(text) != null;
    }

    @Override
    public String toString() {
        return pattern.pattern();
    }

    private static int index(char c) {
        return c < INDEX.length ? INDEX[c] : -1;
    }

    /**
     * Whether probing tells where matches start: not for a pattern that looks behind for something that must be
     * there (a probe has only one character before), or that can match nothing (it could do so after the last
     * character, which no probe tries), or that holds a character outside the basic plane (find() then skips half
     * characters, which the probe does not).
     */
    private static boolean judgeable(Pattern pattern) {
        String source = pattern.pattern();
        if (source.contains("(?<=") || source.contains("\\G")
                || source.codePoints().anyMatch(Character::isSupplementaryCodePoint)) {
            return false;
        }
        for (int before = 0; before <= NOTHING_BEFORE; before++) {
            String probe = prefix(before);
            if (matcher(pattern, probe, probe.length()).lookingAt()) {
                return false;
            }
        }
        return true;
    }

    private static String prefix(int before) {
        return before == NOTHING_BEFORE ? "" : String.valueOf(ALPHABET.charAt(before));
    }

    /** A matcher that tries the pattern from {@code from} on, seeing what comes before as {@code find()} would. */
    private static Matcher matcher(Pattern pattern, String text, int from) {
        return pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false).region(from, text.length());
    }

    /**
     * Where matches can start, one bit per character of the alphabet.
     *
     * @param firsts  for each character before (or none), the first characters a match can start with
     * @param seconds where a word begins (nothing or a space before), for each first character, the second ones
     */
    private record Starts(long[] firsts, long[][] seconds) {

        static Starts of(Pattern pattern) {
            long[] firsts = new long[NOTHING_BEFORE + 1];
            long[][] seconds = new long[2][ALPHABET.length()];
            for (int before = 0; before <= NOTHING_BEFORE; before++) {
                String prefix = prefix(before);
                for (int first = 0; first < ALPHABET.length(); first++) {
                    String start = prefix + ALPHABET.charAt(first);
                    if (probe(pattern, start, prefix.length())) {
                        firsts[before] |= 1L << first;
                        int row = wordStart(before);
                        for (int second = 0; row >= 0 && second < ALPHABET.length(); second++) {
                            if (probe(pattern, start + ALPHABET.charAt(second), prefix.length())) {
                                seconds[row][first] |= 1L << second;
                            }
                        }
                    }
                }
            }
            return new Starts(firsts, seconds);
        }

        /** Whether a match can start at a character, given it, the one before and the one after (-1: unknown). */
        boolean mayStart(int before, int first, int second) {
            if (first < 0 || before < 0) {
                return true;
            }
            if ((firsts[before] & 1L << first) == 0) {
                return false;
            }
            int row = wordStart(before);
            return row < 0 || second < 0 || (seconds[row][first] & 1L << second) != 0;
        }

        private static int wordStart(int before) {
            return before == NOTHING_BEFORE ? 0 : before == SPACE ? 1 : -1;
        }

        /** Whether the pattern matches at {@code from}, or would need more text than the probe has to tell. */
        private static boolean probe(Pattern pattern, String probe, int from) {
            Matcher matcher = matcher(pattern, probe, from);
            return matcher.lookingAt() || matcher.hitEnd();
        }
    }
}
