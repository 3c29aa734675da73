package org.lighthouse.safety.triage;

import java.util.BitSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Phrases compiled into one pattern, with the words a match can start with when the phrases say so (see
 * {@link Openers}). The pattern is then tried only where one of those words stands, rather than at every character,
 * and not at all when none stands in the text: with some two hundred phrase sets per message, this is what keeps
 * triage fast.
 *
 * @param openers   the possible first words; empty when a match may start anywhere
 * @param openerIds their {@link OpenerIds}
 */
record PhraseSet(Pattern pattern, Set<String> openers, BitSet openerIds) {

    PhraseSet(Pattern pattern, Set<String> openers) {
        this(pattern, openers, OpenerIds.of(openers));
    }

    /** Matches nothing: an absent list of exceptions. */
    static final PhraseSet NOTHING = new PhraseSet(Pattern.compile("(?!)"), Set.of());
    /** Matches any text: an absent list of conditions. */
    static final PhraseSet ANYTHING = new PhraseSet(Pattern.compile(""), Set.of());

    boolean isIn(Text text) {
        if (this == NOTHING) {
            // an absent list would otherwise be tried at every character of every message
            return false;
        }
        if (openers.isEmpty()) {
            return pattern.matcher(text.value()).find();
        }
        if (!openerIds.intersects(text.openers())) {
            return false;
        }
        Matcher matcher = pattern.matcher(text.value());
        matcher.useTransparentBounds(true).useAnchoringBounds(false);
        String[] words = text.words();
        int start = 0;
        for (int i = 0; i < words.length; i++) {
            if (opens(text.wordIds()[i]) || opens(text.numberIds()[i])) {
                matcher.region(start, text.value().length());
                if (matcher.lookingAt()) {
                    return true;
                }
            }
            start += words[i].length() + 1;
        }
        return false;
    }

    /** The text with every match replaced by the given word. */
    Text replaceIn(Text text, String replacement) {
        return isIn(text) ? Text.of(pattern.matcher(text.value()).replaceAll(replacement)) : text;
    }

    private boolean opens(int openerId) {
        return openerId >= 0 && openerIds.get(openerId);
    }
}
