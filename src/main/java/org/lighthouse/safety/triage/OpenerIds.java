package org.lighthouse.safety.triage;

import java.util.BitSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A number for every first word of the phrase files, so that a text can say at once which phrase sets could start in
 * it: a set of numbers against a set of numbers, rather than each of a text's words looked up in each of some two
 * hundred phrase sets. The numbers are shared by every engine and only ever added to, as phrase files are read.
 */
final class OpenerIds {

    private static final ConcurrentHashMap<String, Integer> IDS = new ConcurrentHashMap<>();
    private static final AtomicInteger NEXT = new AtomicInteger();

    private OpenerIds() {
    }

    /** The numbers of these first words, given new numbers where they have none yet. */
    static BitSet of(Set<String> words) {
        BitSet ids = new BitSet();
        words.forEach(word -> ids.set(IDS.computeIfAbsent(word, w -> NEXT.getAndIncrement())));
        return ids;
    }

    /** The number of a word of a text, or -1 when no phrase starts with it. */
    static int idOf(String word) {
        return IDS.getOrDefault(word, -1);
    }

    /** The number a word that starts with a digit also has ({@link Openers#NUMBER}), or -1. */
    static int numberIdOf(String word) {
        return !word.isEmpty() && Character.isDigit(word.charAt(0)) ? idOf(Openers.NUMBER) : -1;
    }
}
