package org.lighthouse.channel.outbox;

import java.util.ArrayList;
import java.util.List;

/** Cuts a text too long for one message into parts, at paragraph, line or word ends where it can. */
final class TextSplitter {

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
        for (String separator : new String[] {"\n\n", "\n", " "}) {
            int at = text.lastIndexOf(separator, max - 1);
            if (at > max / 2) {
                return at;
            }
        }
        return Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
    }
}
