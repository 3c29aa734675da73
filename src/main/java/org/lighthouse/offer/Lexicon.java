package org.lighthouse.offer;

import java.util.List;
import java.util.Map;

/**
 * Everything the language files teach the offer check, all languages together (a message may mix them).
 *
 * @param accented      accented words to replace before folding, where folding would make them ambiguous
 * @param abbreviations teencode and short forms, folded, and what they stand for
 * @param rules         how each red flag shows, in the taxonomy's order
 * @param offerWords    patterns that show a text speaks of an offer at all
 * @param employers     the words that tell a named employer
 */
record Lexicon(Map<String, String> accented, Map<String, String> abbreviations, List<FlagRule> rules,
        List<RulePattern> offerWords, EmployerWords employers) {
}
