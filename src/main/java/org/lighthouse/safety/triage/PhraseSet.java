package org.lighthouse.safety.triage;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Phrases compiled into one pattern, with the words a match can start with when the phrases say so (see
 * {@link Openers}). The pattern is then tried only where one of those words stands, rather than at every character:
 * with some seventy phrase sets per message, this is what keeps triage fast.
 *
 * @param openers the possible first words; empty when a match may start anywhere
 */
record PhraseSet(Pattern pattern, Set<String> openers) {

    /** Matches nothing: an absent list of exceptions. */
    static final PhraseSet NOTHING = new PhraseSet(Pattern.compile("(?!)"), Set.of());
    /** Matches any text: an absent list of conditions. */
    static final PhraseSet ANYTHING = new PhraseSet(Pattern.compile(""), Set.of());

    boolean isIn(Text text) {
        if (this == NOTHING) {
            // an absent list would otherwise be tried at every character of every message
            return false;
        }
        Matcher matcher = pattern.matcher(text.value());
        if (openers.isEmpty()) {
            return matcher.find();
        }
        matcher.useTransparentBounds(true).useAnchoringBounds(false);
        int start = 0;
        for (String word : text.words()) {
            if (opens(word)) {
                matcher.region(start, text.value().length());
                if (matcher.lookingAt()) {
                    return true;
                }
            }
            start += word.length() + 1;
        }
        return false;
    }

    /** The text with every match replaced by the given word. */
    Text replaceIn(Text text, String replacement) {
        return isIn(text) ? Text.of(pattern.matcher(text.value()).replaceAll(replacement)) : text;
    }

    private boolean opens(String word) {
        return openers.contains(word)
                || !word.isEmpty() && Character.isDigit(word.charAt(0)) && openers.contains(Openers.NUMBER);
    }
}
