package org.lighthouse.offer;

import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A pattern of the language files, searched with {@link Matcher#find()}. Trying each pattern only where a match can
 * start (learnt by probing the pattern) made checking an offer about four times faster, 0.45 ms instead of 1.8 ms; at
 * the 30 messages a second Telegram allows, that is at most a tenth of a core: not worth the code it took.
 */
final class RulePattern {

    private final Pattern pattern;

    private RulePattern(Pattern pattern) {
        this.pattern = pattern;
    }

    static RulePattern of(Pattern pattern) {
        return new RulePattern(pattern);
    }

    /** The first match in the text, or null. */
    @Nullable MatchResult find(String text) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? matcher : null;
    }

    boolean isIn(String text) {
        return pattern.matcher(text).find();
    }

    @Override
    public String toString() {
        return pattern.pattern();
    }
}
