package org.lighthouse.offer;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Applies the language files' rules to an offer, flag by flag in the taxonomy's order. */
final class RuleBook {

    private final List<FlagRule> rules;

    /** The rules, sorted by flag. */
    RuleBook(List<FlagRule> rules) {
        this.rules = rules;
    }

    /**
     * The flags the rules find, each with the user's words behind it, added to those already found (a rule may
     * depend on those).
     */
    Map<RedFlag, List<String>> find(OfferReading reading, Map<RedFlag, List<String>> alreadyFound) {
        EnumMap<RedFlag, List<String>> found = new EnumMap<>(RedFlag.class);
        found.putAll(alreadyFound);
        for (FlagRule rule : rules) {
            List<String> words = rule.evidence(reading, found.keySet());
            if (!words.isEmpty()) {
                List<String> all = found.computeIfAbsent(rule.flag(), flag -> new ArrayList<>());
                words.stream().filter(word -> !all.contains(word)).forEach(all::add);
            }
        }
        return found;
    }
}
