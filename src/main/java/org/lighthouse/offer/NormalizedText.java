package org.lighthouse.offer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An offer's text as the patterns read it (folded, short forms spelled out), split into sentences, and able to point
 * back at the user's own words behind any part of it.
 */
final class NormalizedText {

    private static final Pattern SENTENCE_END = Pattern.compile("[.!?]+(?=\\s|$)");

    private final String original;
    private final String text;
    private final int[] starts;
    private final int[] ends;
    private final List<Sentence> sentences;

    NormalizedText(String original, String text, int[] starts, int[] ends, List<Integer> lineBreaks) {
        this.original = original;
        this.text = text;
        this.starts = starts;
        this.ends = ends;
        this.sentences = split(text, lineBreaks);
    }

    /** One sentence: its text and where it starts in the whole. */
    record Sentence(String text, int offset) {
    }

    String text() {
        return text;
    }

    List<Sentence> sentences() {
        return sentences;
    }

    /** The user's words behind {@code text[from, to)}. */
    String original(int from, int to) {
        if (from >= to) {
            return "";
        }
        return original.substring(starts[from], ends[to - 1]).strip();
    }

    /** The user's words behind a match in a sentence. */
    String original(Sentence sentence, MatchResult match) {
        return original(sentence.offset() + match.start(), sentence.offset() + match.end());
    }

    int wordCount() {
        return text.isBlank() ? 0 : text.trim().split("\\s+").length;
    }

    private static List<Sentence> split(String text, List<Integer> lineBreaks) {
        List<Integer> cuts = new ArrayList<>(lineBreaks);
        Matcher end = SENTENCE_END.matcher(text);
        while (end.find()) {
            cuts.add(end.end());
        }
        cuts.add(text.length());
        cuts.sort(null);
        List<Sentence> sentences = new ArrayList<>();
        int from = 0;
        for (int cut : cuts) {
            if (cut > from) {
                sentences.add(new Sentence(text.substring(from, cut), from));
                from = cut;
            }
        }
        return sentences;
    }
}
