package org.lighthouse.offer;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.MatchResult;
import org.lighthouse.text.NormalisedText;

/**
 * One way a red flag shows in a text, from a language file: any of its patterns in a sentence raises the flag, unless
 * that sentence or the whole text says otherwise, or other flags found so far rule it in or out.
 *
 * @param kinds               the kinds of offer the rule reads
 * @param unless              patterns that cancel a match in the same sentence ("you keep your own passport")
 * @param unlessText          patterns that cancel the rule anywhere in the text (a licensed recruiter)
 * @param requires            flags that must already be found (no papers needed only means something abroad)
 * @param unlessFlags         flags that take the rule's place when found
 * @param unlessEmployerNamed whether naming the employer cancels the rule
 * @param aloneIn             the kinds of offer in which the flag stands alone; in the others it counts only beside
 *                            a flag that does (a child's age in a harmless invitation is no warning sign)
 */
record FlagRule(RedFlag flag, Set<OfferKind> kinds, List<RulePattern> patterns, List<RulePattern> unless,
        List<RulePattern> unlessText, Set<RedFlag> requires, Set<RedFlag> unlessFlags, boolean unlessEmployerNamed,
        Set<OfferKind> aloneIn) {

    /** Whether what this rule finds counts even when no other flag is found. */
    boolean standsAlone(OfferKind kind) {
        return aloneIn.contains(kind);
    }

    /** The user's words that raise the flag; empty when the rule does not apply. */
    List<String> evidence(OfferReading reading, Set<RedFlag> found) {
        if (!applies(reading, found)) {
            return List.of();
        }
        List<String> words = new ArrayList<>();
        for (NormalisedText.Sentence sentence : reading.text().sentences()) {
            if (!anyFinds(unless, sentence.text())) {
                for (RulePattern pattern : patterns) {
                    MatchResult match = pattern.find(sentence.text());
                    if (match != null) {
                        words.add(reading.text().original(sentence, match));
                    }
                }
            }
        }
        return words;
    }

    private boolean applies(OfferReading reading, Set<RedFlag> found) {
        return kinds.contains(reading.kind())
                && found.containsAll(requires)
                && unlessFlags.stream().noneMatch(found::contains)
                && !(unlessEmployerNamed && reading.employerNamed())
                && !anyFinds(unlessText, reading.text().text());
    }

    private static boolean anyFinds(List<RulePattern> patterns, String text) {
        return patterns.stream().anyMatch(p -> p.isIn(text));
    }
}
