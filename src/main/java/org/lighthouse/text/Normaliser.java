package org.lighthouse.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.lighthouse.shared.Redaction;
import org.lighthouse.shared.TextFolding;

/**
 * Brings what people type to one spelling before the offer check or triage reads it, so that "ko dc ve", "không được
 * về" and "khong duoc ve" read the same: folded (lower case, no diacritics, "đ" as "d"), one space between words,
 * chat shorthand written out ({@code ko} becomes {@code khong}), H'mong words written joined split as the data files
 * spell them, and symbols that carry a tone read as a word (a laughing face as {@code haha}). A few accented words
 * that folding would make ambiguous are replaced first ({@code gấp}, urgent, would fold into {@code gap}, to meet).
 * After a number a short form that is also a unit stays as typed ("300 k" is three hundred thousand). An apostrophe
 * within a word keeps it one word ("don't", "H'mong").
 *
 * <p>Every message is read once, into one {@link NormalisedText} with both views the classifiers need. The dictionary
 * is one file per language, {@code text/dictionary-*.yml}, and {@code text/chat-symbols.yml}. Immutable and safe to
 * share between threads.
 */
public final class Normaliser {

    private static final String WORD = "[\\p{L}\\p{M}\\p{N}]+(?:['’`][\\p{L}\\p{M}\\p{N}]+)*";
    private static final String SPACE = "[\\s\\p{Z}\\u200B]+";
    private static final Pattern APOSTROPHES = Pattern.compile("['’`]");
    private static final Pattern NOT_WORDS = Pattern.compile("[^a-z0-9]+");
    private static final Pattern NUMBER = Pattern.compile("\\d+");

    private final Dictionary dictionary;
    /** The pieces of a message: a symbol of the dictionary, a word, spaces, invisible formatting, any other mark. */
    private final Pattern pieces;

    private Normaliser(Dictionary dictionary) {
        this.dictionary = dictionary;
        // longest first, so that a symbol of several characters wins over one that is its start
        String symbols = dictionary.symbols().keySet().stream().sorted(Comparator.comparingInt(String::length)
                .reversed()).map(Pattern::quote).collect(Collectors.joining("|"));
        this.pieces = Pattern.compile("(?<symbol>" + (symbols.isEmpty() ? "(?!)" : symbols) + ")|(?<word>" + WORD
                + ")|(?<space>" + SPACE + ")|(?<format>\\p{Cf}+)|.");
    }

    /** The normaliser with the shipped dictionary, read once per process. */
    public static Normaliser shipped() {
        return Shipped.NORMALISER;
    }

    private static final class Shipped {

        static final Normaliser NORMALISER = new Normaliser(Dictionary.read(Dictionary.SHIPPED));
    }

    public NormalisedText normalise(String original) {
        Reading reading = new Reading(original);
        int at = 0;
        for (int[] phone : phoneNumbers(original)) {
            readPieces(reading, at, phone[0], false);
            reading.phoneNumber();
            readPieces(reading, phone[0], phone[1], true);
            at = phone[1];
        }
        readPieces(reading, at, original.length(), false);
        return reading.build();
    }

    /** The phone numbers as typed, and those already blanked, in order. */
    private static List<int[]> phoneNumbers(String text) {
        List<int[]> found = new ArrayList<>(Redaction.phoneNumbers(text));
        for (int at = text.indexOf(Redaction.PHONE); at >= 0; at = text.indexOf(Redaction.PHONE, at + 1)) {
            found.add(new int[] {at, at + Redaction.PHONE.length()});
        }
        found.sort(Comparator.comparingInt(span -> span[0]));
        return found;
    }

    /** Reads {@code text[from, to)}; in a phone number the words read as the number, already said. */
    private void readPieces(Reading reading, int from, int to, boolean inPhoneNumber) {
        Matcher piece = pieces.matcher(reading.original).region(from, to);
        while (piece.find()) {
            if (piece.group("symbol") != null) {
                reading.word(dictionary.symbols().get(piece.group()), piece.start(), piece.end(), inPhoneNumber);
            } else if (piece.group("word") != null) {
                reading.word(wordReading(piece.group(), reading.previousWord), piece.start(), piece.end(),
                        inPhoneNumber);
                reading.previousWord = piece.group();
            } else if (piece.group("space") != null) {
                reading.space(piece.start(), piece.end(), piece.group().indexOf('\n') >= 0);
            } else if (piece.group("format") == null) { // invisible formatting (a zero-width joiner) reads as nothing
                reading.mark(TextFolding.fold(piece.group()), piece.start(), piece.end());
            }
        }
    }

    private String wordReading(String word, String previousWord) {
        String accented = dictionary.accentedReading(word);
        if (accented != null) {
            return accented;
        }
        String folded = TextFolding.fold(word);
        String key = APOSTROPHES.matcher(folded).replaceAll("");
        if (dictionary.units().contains(key) && NUMBER.matcher(previousWord).matches()) {
            return folded;
        }
        return dictionary.words().getOrDefault(key, folded);
    }

    /**
     * One message being read: the text with, for each of its characters, the span of the original it comes from,
     * and the words alone.
     */
    private static final class Reading {

        private final String original;
        private final StringBuilder text = new StringBuilder();
        private int[] starts;
        private int[] ends;
        private final List<Integer> lineBreaks = new ArrayList<>();
        private final StringBuilder words = new StringBuilder();
        private boolean lastWasWord;
        private String previousWord = "";

        Reading(String original) {
            this.original = original;
            starts = new int[Math.max(16, original.length() * 2)];
            ends = new int[starts.length];
        }

        /** A word's reading; two words never touch, even where the message has nothing between them. */
        void word(String reading, int from, int to, boolean inPhoneNumber) {
            if (reading.isEmpty()) {
                return;
            }
            if (lastWasWord) {
                append(" ", from, from);
            }
            append(reading, from, to);
            lastWasWord = true;
            if (!inPhoneNumber) {
                for (String word : NOT_WORDS.split(APOSTROPHES.matcher(reading).replaceAll(""))) {
                    addWord(word);
                }
            }
        }

        void phoneNumber() {
            addWord(NormalisedText.PHONE_NUMBER);
        }

        void space(int from, int to, boolean lineBreak) {
            lastWasWord = false;
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

        /** Punctuation, or a symbol the dictionary does not know: kept in the text, not a word. */
        void mark(String folded, int from, int to) {
            lastWasWord = false;
            append(folded, from, to);
        }

        private void addWord(String word) {
            if (!word.isEmpty()) {
                words.append(words.isEmpty() ? "" : " ").append(word);
            }
        }

        private void append(String piece, int from, int to) {
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

        NormalisedText build() {
            int length = text.length();
            while (length > 0 && text.charAt(length - 1) == ' ') {
                length--;
            }
            int end = length;
            List<Integer> breaks = lineBreaks.stream().filter(b -> b < end).toList();
            return new NormalisedText(original, text.substring(0, length), starts, ends, breaks, words.toString());
        }
    }
}
