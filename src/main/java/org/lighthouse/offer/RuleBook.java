package org.lighthouse.offer;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Applies the language files' rules to an offer, flag by flag in the taxonomy's order. */
final class RuleBook {

    private final List<FlagRule> rules;

    /** The rules, sorted by flag. */
    RuleBook(List<FlagRule> rules) {
        this.rules = rules;
    }

    /**
     * The flags the rules find, each with the user's words behind it, added to those already found (a rule may
     * depend on those). When only rules that do not stand alone in this kind of offer found anything, nothing is
     * found.
     */
    Map<RedFlag, List<String>> find(OfferReading reading, Map<RedFlag, List<String>> alreadyFound) {
        EnumMap<RedFlag, List<String>> found = new EnumMap<>(RedFlag.class);
        found.putAll(alreadyFound);
        Set<RedFlag> standing = EnumSet.noneOf(RedFlag.class);
        standing.addAll(alreadyFound.keySet());
        for (FlagRule rule : rules) {
            List<String> words = rule.evidence(reading, found.keySet());
            if (!words.isEmpty()) {
                List<String> all = found.computeIfAbsent(rule.flag(), flag -> new ArrayList<>());
                words.stream().filter(word -> !all.contains(word)).forEach(all::add);
                if (rule.standsAlone(reading.kind())) {
                    standing.add(rule.flag());
                }
            }
        }
        if (standing.isEmpty()) {
            found.clear();
        }
        return found;
    }
}
