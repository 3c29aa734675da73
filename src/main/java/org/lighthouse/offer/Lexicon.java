package org.lighthouse.offer;

import java.util.List;

/**
 * Everything the language files teach the offer check, all languages together (a message may mix them).
 *
 * @param rules      how each red flag shows, in the taxonomy's order
 * @param offerWords patterns that show a text speaks of an offer at all
 * @param employers  the words that tell a named employer
 */
record Lexicon(List<FlagRule> rules, List<RulePattern> offerWords, EmployerWords employers) {
}
