package org.lighthouse.safety.triage;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Compiles the phrases of the data files. A phrase is a regular expression over normalised text (lower case, no
 * diacritics, words separated by single spaces); {@code ~} between two words stands for up to four words in between.
 * A phrase matches whole words only.
 */
final class Phrases {

    private static final String GAP = " (?:[a-z0-9]+ ){0,4}";

    private Phrases() {
    }

    static PhraseSet required(DataFile.Entry entry, String field) {
        return compile(entry, field, entry.texts(field, true));
    }

    static PhraseSet optional(DataFile.Entry entry, String field, PhraseSet whenAbsent) {
        List<String> phrases = entry.texts(field, false);
        return phrases.isEmpty() ? whenAbsent : compile(entry, field, phrases);
    }

    private static PhraseSet compile(DataFile.Entry entry, String field, List<String> phrases) {
        StringBuilder joined = new StringBuilder();
        for (String phrase : phrases) {
            if (!phrase.chars().allMatch(c -> c < 128)) {
                throw entry.problem(field, "holds '" + phrase + "': write phrases without diacritics, as folded text");
            }
            if (alternatives(phrase).stream().anyMatch(alternative -> alternative.endsWith(" "))) {
                throw entry.problem(field, "holds '" + phrase + "', with an alternative that ends in a space: it could"
                        + " never match a whole word");
            }
            joined.append(joined.isEmpty() ? "" : "|").append(phrase.replace(" ~ ", GAP));
        }
        try {
            Pattern pattern = Pattern.compile("(?<![a-z0-9])(?:" + joined + ")(?![a-z0-9])");
            return new PhraseSet(pattern, Openers.of(phrases).orElse(Set.of()));
        } catch (PatternSyntaxException e) {
            throw entry.problem(field, "holds a phrase that is not a valid pattern: " + e.getDescription()
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
