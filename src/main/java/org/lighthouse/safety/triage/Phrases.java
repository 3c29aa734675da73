package org.lighthouse.safety.triage;

import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Compiles the phrases of the data files. A phrase is a regular expression over normalised text (lower case, no
 * diacritics, words separated by single spaces); {@code ~} between two words stands for up to four words in between.
 * A phrase matches whole words only.
 */
final class Phrases {

    /** Matches nothing: an absent list of exceptions. */
    static final Pattern NOTHING = Pattern.compile("(?!)");
    /** Matches any text: an absent list of conditions. */
    static final Pattern ANYTHING = Pattern.compile("");

    private static final String GAP = " (?:[a-z0-9]+ ){0,4}";

    private Phrases() {
    }

    static Pattern required(DataFile.Entry entry, String field) {
        return compile(entry, field, entry.texts(field, true));
    }

    static Pattern optional(DataFile.Entry entry, String field, Pattern whenAbsent) {
        List<String> phrases = entry.texts(field, false);
        return phrases.isEmpty() ? whenAbsent : compile(entry, field, phrases);
    }

    private static Pattern compile(DataFile.Entry entry, String field, List<String> phrases) {
        StringBuilder alternatives = new StringBuilder();
        for (String phrase : phrases) {
            if (!phrase.chars().allMatch(c -> c < 128)) {
                throw entry.problem(field, "holds '" + phrase + "': write phrases without diacritics, as folded text");
            }
            alternatives.append(alternatives.isEmpty() ? "" : "|").append(phrase.replace(" ~ ", GAP));
        }
        try {
            return Pattern.compile("(?<![a-z0-9])(?:" + alternatives + ")(?![a-z0-9])");
        } catch (PatternSyntaxException e) {
            throw entry.problem(field, "holds a phrase that is not a valid pattern: " + e.getDescription()
                    + " near '" + e.getPattern() + "'");
        }
    }
}
