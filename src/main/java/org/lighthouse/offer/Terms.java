package org.lighthouse.offer;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Named pieces of patterns in a language file, written {@code {name}} inside a pattern, such as {@code {neg}} for all
 * the ways to write "not". A term may use terms defined before it.
 */
final class Terms {

    static final Terms NONE = new Terms(Map.of());

    private static final Pattern REFERENCE = Pattern.compile("\\{([a-z_]+)}");
    private static final int MAX_DEPTH = 8;

    private final Map<String, String> terms;

    Terms(Map<String, String> terms) {
        this.terms = Map.copyOf(terms);
    }

    String expand(Field field) {
        String pattern = field.text();
        for (int depth = 0; depth < MAX_DEPTH && REFERENCE.matcher(pattern).find(); depth++) {
            pattern = expandOnce(pattern, field);
        }
        return pattern;
    }

    private String expandOnce(String pattern, Field field) {
        Matcher reference = REFERENCE.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (reference.find()) {
            String term = terms.get(reference.group(1));
            if (term == null) {
                throw field.problem("uses the unknown term {" + reference.group(1) + "}");
            }
            reference.appendReplacement(out, Matcher.quoteReplacement("(?:" + term + ")"));
        }
        reference.appendTail(out);
        return out.toString();
    }
}
