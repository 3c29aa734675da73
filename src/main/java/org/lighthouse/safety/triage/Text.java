package org.lighthouse.safety.triage;

import java.util.BitSet;

/**
 * A normalised text (words and digits separated by single spaces) and its words in order, split once so that every
 * phrase set can find where its first words stand.
 *
 * @param wordIds   for each word, its {@link OpenerIds} number, or -1
 * @param numberIds for each word, the number it has as a number ({@link OpenerIds#numberIdOf}), or -1
 * @param openers   all those numbers
 */
record Text(String value, String[] words, int[] wordIds, int[] numberIds, BitSet openers) {

    static Text of(String normalised) {
        String[] words = normalised.split(" ");
        int[] wordIds = new int[words.length];
        int[] numberIds = new int[words.length];
        BitSet openers = new BitSet();
        for (int i = 0; i < words.length; i++) {
            wordIds[i] = OpenerIds.idOf(words[i]);
            numberIds[i] = OpenerIds.numberIdOf(words[i]);
            setIfKnown(openers, wordIds[i]);
            setIfKnown(openers, numberIds[i]);
        }
        return new Text(normalised, words, wordIds, numberIds, openers);
    }

    boolean isEmpty() {
        return value.isEmpty();
    }

    private static void setIfKnown(BitSet ids, int id) {
        if (id >= 0) {
            ids.set(id);
        }
    }
}
