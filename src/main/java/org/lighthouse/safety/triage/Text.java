package org.lighthouse.safety.triage;

/**
 * A normalised text (words and digits separated by single spaces) and its words in order, split once so that every
 * phrase set can find where its first words stand.
 */
record Text(String value, String[] words) {

    static Text of(String normalised) {
        return new Text(normalised, normalised.split(" "));
    }

    boolean isEmpty() {
        return value.isEmpty();
    }
}
