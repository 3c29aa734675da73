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
 * two hundred patterns per offer, that was most of the offer check's time.
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
    private static final Pattern INLINE_FLAGS_OR_BACK_REFERENCES = Pattern.compile("\\(\\?[a-zA-Z-]+[:)]|\\\\[1-9k]");

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

    /**
     * The first match in the text, as {@code pattern.matcher(text).find()} finds it, or null. A text with characters
     * outside the basic plane (an emoji) is searched with {@code find()}, which does not start inside such a character.
     */
    @Nullable MatchResult find(String text) {
        if (starts == null) {
            return plainFind(text);
        }
        Matcher matcher = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int before = NOTHING_BEFORE;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isSurrogate(text.charAt(i))) {
                return plainFind(text);
            }
            int first = index(text.charAt(i));
            int second = i + 1 < text.length() ? index(text.charAt(i + 1)) : -1;
            if (starts.mayStart(before, first, second) && matchesAt(matcher, i)) {
                return matcher;
            }
            before = first;
        }
        // after a character outside the alphabet, which no probe saw, the pattern may match nothing at the very end
        return before < 0 && matchesAt(matcher, text.length()) ? matcher : null;
    }

    private @Nullable MatchResult plainFind(String text) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? matcher : null;
    }

    private static boolean matchesAt(Matcher matcher, int from) {
        return matcher.region(from, matcher.regionEnd()).lookingAt();
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
     * Whether probing tells where matches start. A probe shows one character before the start: a look-behind for
     * what is not there ({@code (?<!sinh )}) can only succeed more often with less to see, but one for what must be
     * there, or one that itself asks about what comes before it (a boundary, an anchor, another look-behind), could
     * fail in the probe and succeed in a text. Nor for a pattern that can match nothing (it could do so after the last
     * character, which no probe tries), that holds a character outside the basic plane (find() then skips half
     * characters, which the probe does not), that sets flags (comments could hide a parenthesis from the look-behind
     * reading), or that refers back to a group (find() keeps groups a look-ahead caught at an earlier start).
     */
    private static boolean judgeable(Pattern pattern) {
        String source = pattern.pattern();
        if (pattern.flags() != 0 || INLINE_FLAGS_OR_BACK_REFERENCES.matcher(source).find()
                || source.contains("(?<=") || source.contains("\\G") || !LookBehinds.allPlain(source)
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

    /** Reads the negative look-behinds of a pattern's source, skipping character classes and escapes. */
    private static final class LookBehinds {

        private static final String NEGATIVE = "(?<!";
        /** Escapes that ask about the characters around a place rather than match one. */
        private static final String CONTEXT_ESCAPES = "bBGXAZz";

        /** Whether every negative look-behind only matches characters, with no assertion or group of its own. */
        static boolean allPlain(String source) {
            for (int i = 0; i < source.length(); i = next(source, i)) {
                if (source.startsWith(NEGATIVE, i) && !plain(source, i + NEGATIVE.length())) {
                    return false;
                }
            }
            return true;
        }

        /** Whether the look-behind body starting at {@code from}, up to its closing parenthesis, is plain. */
        private static boolean plain(String source, int from) {
            int depth = 0;
            for (int i = from; i < source.length(); i = next(source, i)) {
                char c = source.charAt(i);
                if (c == '\\' && i + 1 < source.length() && CONTEXT_ESCAPES.indexOf(source.charAt(i + 1)) >= 0
                        || c == '^' || c == '$' || source.startsWith("(?", i) && !source.startsWith("(?:", i)) {
                    return false;
                }
                if (c == '(') {
                    depth++;
                } else if (c == ')' && depth-- == 0) {
                    return true;
                }
            }
            return false;
        }

        /** The index after the element at {@code i}: an escape, a quoted run, a whole character class, or a char. */
        private static int next(String source, int i) {
            char c = source.charAt(i);
            if (c == '\\' && source.startsWith("\\Q", i)) {
                int end = source.indexOf("\\E", i + 2);
                return end < 0 ? source.length() : end + 2;
            }
            if (c == '\\') {
                return Math.min(source.length(), i + 2);
            }
            if (c == '[') {
                return afterClass(source, i);
            }
            return i + 1;
        }

        private static int afterClass(String source, int open) {
            int depth = 0;
            int i = open;
            while (i < source.length()) {
                char c = source.charAt(i);
                if (c == '\\') {
                    i += 2;
                    continue;
                }
                if (c == '[') {
                    depth++;
                    // a ']' right after '[' or '[^' is a character of the class, not its end
                    i += source.startsWith("[^]", i) ? 3 : source.startsWith("[]", i) ? 2 : 1;
                    continue;
                }
                if (c == ']' && --depth == 0) {
                    return i + 1;
                }
                i++;
            }
            return source.length();
        }
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
