package org.lighthouse.channel.outbox;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a text too long for one message into parts: at a paragraph end where it can, else at a line end, else between
 * sentences, else between words; within a word only when a part would otherwise be less than half full.
 */
final class TextSplitter {

    /** What ends a sentence, and what may stand after that end before the space ({@code ».}, {@code ."}, {@code .)}). */
    private static final String SENTENCE_ENDS = ".!?…";
    private static final String CLOSERS = "\"'»”’)]";

    private TextSplitter() {
    }

    static List<String> split(String text, int max) {
        List<String> parts = new ArrayList<>();
        String rest = text;
        while (rest.length() > max) {
            int cut = cutPoint(rest, max);
            parts.add(rest.substring(0, cut).strip());
            rest = rest.substring(cut).strip();
        }
        parts.add(rest);
        return parts;
    }

    private static int cutPoint(String text, int max) {
        for (String separator : new String[] {"\n\n", "\n"}) {
            int at = text.lastIndexOf(separator, max - 1);
            if (at > max / 2) {
                return at;
            }
        }
        int sentence = sentenceEnd(text, max);
        if (sentence > 0) {
            return sentence;
        }
        int space = text.lastIndexOf(' ', max - 1);
        if (space > max / 2) {
            return space;
        }
        return Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
    }

    /** The last space before {@code max}, in the second half, that follows the end of a sentence; -1 if none. */
    private static int sentenceEnd(String text, int max) {
        for (int at = max - 1; at > max / 2; at--) {
            if (Character.isWhitespace(text.charAt(at)) && endsSentence(text, at)) {
                return at;
            }
        }
        return -1;
    }

    private static boolean endsSentence(String text, int space) {
        int at = space - 1;
        while (at > 0 && CLOSERS.indexOf(text.charAt(at)) >= 0) {
            at--;
        }
        return SENTENCE_ENDS.indexOf(text.charAt(at)) >= 0;
    }
}
