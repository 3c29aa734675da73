package org.lighthouse.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A message as the data files read it, in two views of the same reading. {@link #text()} keeps punctuation and
 * sentences, and can point back at the user's own words behind any part of it (the offer check quotes them as
 * evidence). {@link #words()} is words and digits only, with a phone number as the one word {@value #PHONE_NUMBER}
 * (what triage reads).
 */
public final class NormalisedText {

    /**
     * What a phone number reads as in {@link #words()}, typed or already blanked: giving one's number is no danger,
     * and it must not read as "phone", which a phone taken is.
     */
    public static final String PHONE_NUMBER = "phonenumber";

    private static final Pattern SENTENCE_END = Pattern.compile("[.!?]+(?=\\s|$)");

    private final String original;
    private final String text;
    private final int[] starts;
    private final int[] ends;
    private final List<Sentence> sentences;
    private final String words;

    NormalisedText(String original, String text, int[] starts, int[] ends, List<Integer> lineBreaks, String words) {
        this.original = original;
        this.text = text;
        this.starts = starts;
        this.ends = ends;
        this.sentences = split(text, lineBreaks);
        this.words = words;
    }

    /** One sentence: its text and where it starts in the whole. */
    public record Sentence(String text, int offset) {
    }

    /** Folded, shorthand written out, one space between words; punctuation as typed. */
    public String text() {
        return text;
    }

    /** The text cut at line breaks and at the marks that end a sentence. */
    public List<Sentence> sentences() {
        return sentences;
    }

    /** The words of the text (letters and digits only) separated by single spaces, phone numbers as one word. */
    public String words() {
        return words;
    }

    /** The user's words behind {@code text()[from, to)}. */
    public String original(int from, int to) {
        if (from >= to) {
            return "";
        }
        return original.substring(starts[from], ends[to - 1]).strip();
    }

    /** The user's words behind a match in a sentence. */
    public String original(Sentence sentence, MatchResult match) {
        return original(sentence.offset() + match.start(), sentence.offset() + match.end());
    }

    /** The pieces of the text between spaces: words, and punctuation standing alone. */
    public int wordCount() {
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
