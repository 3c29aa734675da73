package org.lighthouse.offer;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lighthouse.shared.TextFolding;

/**
 * Turns what a user typed into the text the patterns read: folded (lower case, no diacritics), one space between words,
 * and teencode and short forms spelled out ({@code ko} becomes {@code khong}). A few accented words that folding would
 * make ambiguous are replaced first ({@code gấp}, urgent, would fold into {@code gap}, to meet).
 */
final class TextNormalizer {

    private static final Pattern PIECES = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+|[\\s\\p{Z}\\u200B]+|\\p{Cf}+|.");
    private static final int ZERO_WIDTH_SPACE = 0x200B;
    private static final Pattern NUMBER = Pattern.compile("\\d+([.,]\\d+)*");

    private final Map<String, String> accented;
    private final Map<String, String> abbreviations;

    TextNormalizer(Map<String, String> accented, Map<String, String> abbreviations) {
        this.accented = Map.copyOf(accented);
        this.abbreviations = Map.copyOf(abbreviations);
    }

    NormalizedText normalize(String original) {
        Builder out = new Builder(original.length());
        Matcher piece = PIECES.matcher(original);
        String previousWord = "";
        while (piece.find()) {
            String token = piece.group();
            int first = token.codePointAt(0);
            if (Character.isWhitespace(first) || Character.isSpaceChar(first) || first == ZERO_WIDTH_SPACE) {
                out.space(piece.start(), piece.end(), token.indexOf('\n') >= 0);
            } else if (Character.isLetterOrDigit(first)) {
                out.append(word(token, previousWord), piece.start(), piece.end());
                previousWord = token;
            } else if (Character.getType(first) != Character.FORMAT) { // a zero-width joiner carries nothing to read
                out.append(TextFolding.fold(token), piece.start(), piece.end());
            }
        }
        return out.build(original);
    }

    private String word(String token, String previousWord) {
        String lower = Normalizer.normalize(token.toLowerCase(Locale.ROOT), Normalizer.Form.NFC);
        String replacement = accented.get(lower);
        if (replacement != null) {
            return replacement;
        }
        String folded = TextFolding.fold(token);
        // after a number a short form is a unit ("300 k", "25 tr"), which the money reader reads as it is
        if (NUMBER.matcher(previousWord).matches()) {
            return folded;
        }
        return abbreviations.getOrDefault(folded, folded);
    }

    /** Collects the normalized text with, for each of its characters, the span of the original it comes from. */
    private static final class Builder {

        private final StringBuilder text = new StringBuilder();
        private int[] starts;
        private int[] ends;
        private final List<Integer> lineBreaks = new ArrayList<>();

        Builder(int capacity) {
            starts = new int[Math.max(16, capacity * 2)];
            ends = new int[starts.length];
        }

        void space(int from, int to, boolean lineBreak) {
            if (text.isEmpty()) {
                return;
            }
            if (lineBreak) {
                lineBreaks.add(text.length());
            }
            if (text.charAt(text.length() - 1) != ' ') {
                append(" ", from, to);
            }
        }

        void append(String piece, int from, int to) {
            for (int i = 0; i < piece.length(); i++) {
                if (text.length() == starts.length) {
                    starts = Arrays.copyOf(starts, starts.length * 2);
                    ends = Arrays.copyOf(ends, ends.length * 2);
                }
                starts[text.length()] = from;
                ends[text.length()] = to;
                text.append(piece.charAt(i));
            }
        }

        NormalizedText build(String original) {
            int length = text.length();
            while (length > 0 && text.charAt(length - 1) == ' ') {
                length--;
            }
            int end = length;
            List<Integer> breaks = lineBreaks.stream().filter(b -> b < end).toList();
            return new NormalizedText(original, text.substring(0, length), starts, ends, breaks);
        }
    }
}
