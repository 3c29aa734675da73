package org.lighthouse.offer;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.lighthouse.shared.DataField;

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

    /** A list field of patterns, each with the terms spelled out. */
    List<RulePattern> patterns(DataField list) {
        return list.items().stream().map(item -> RulePattern.of(pattern(item))).toList();
    }

    private Pattern pattern(DataField field) {
        try {
            return Pattern.compile(expand(field));
        } catch (PatternSyntaxException e) {
            throw field.problem("is not a valid pattern: " + e.getDescription() + " near index " + e.getIndex());
        }
    }

    private String expand(DataField field) {
        String pattern = field.text();
        for (int depth = 0; depth < MAX_DEPTH && REFERENCE.matcher(pattern).find(); depth++) {
            pattern = expandOnce(pattern, field);
        }
        return pattern;
    }

    private String expandOnce(String pattern, DataField field) {
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
