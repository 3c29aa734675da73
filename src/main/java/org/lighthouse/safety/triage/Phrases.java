package org.lighthouse.safety.triage;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.lighthouse.shared.DataField;

/**
 * Compiles the phrases of the data files. A phrase is a regular expression over normalised text (lower case, no
 * diacritics, words separated by single spaces); {@code ~} between two words stands for up to four words in between.
 * A phrase matches whole words only.
 */
final class Phrases {

    private static final String GAP = " (?:[a-z0-9]+ ){0,4}";

    private Phrases() {
    }

    /** A list of phrases that must be there. */
    static PhraseSet required(DataField list) {
        return compile(list, list.texts());
    }

    /** A list of phrases that may be absent, and what stands for it then. */
    static PhraseSet optional(DataField list, PhraseSet whenAbsent) {
        return list.present() ? compile(list, list.texts()) : whenAbsent;
    }

    private static PhraseSet compile(DataField list, List<String> phrases) {
        StringBuilder joined = new StringBuilder();
        for (String phrase : phrases) {
            if (!phrase.chars().allMatch(c -> c < 128)) {
                throw list.problem("holds '" + phrase + "': write phrases without diacritics, as folded text");
            }
            if (alternatives(phrase).stream().anyMatch(alternative -> alternative.endsWith(" "))) {
                throw list.problem("holds '" + phrase + "', with an alternative that ends in a space: it could"
                        + " never match a whole word");
            }
            joined.append(joined.isEmpty() ? "" : "|").append(phrase.replace(" ~ ", GAP));
        }
        try {
            Pattern pattern = Pattern.compile("(?<![a-z0-9])(?:" + joined + ")(?![a-z0-9])");
            return new PhraseSet(pattern, Openers.of(phrases).orElse(Set.of()));
        } catch (PatternSyntaxException e) {
            throw list.problem("holds a phrase that is not a valid pattern: " + e.getDescription()
                    + " near '" + e.getPattern() + "'");
        }
    }

    /** The top-level alternatives of a pattern: {@code a|(b|c) d} gives {@code a} and {@code (b|c) d}. */
    static List<String> alternatives(String pattern) {
        List<String> alternatives = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                alternatives.add(pattern.substring(start, i));
                start = i + 1;
            }
        }
        alternatives.add(pattern.substring(start));
        return alternatives;
    }
}
