package org.lighthouse.safety.triage;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The words a phrase can start with, read from its syntax: {@code (took|kept) ~ passport} starts with "took" or
 * "kept". Most messages hold none of a phrase set's first words, so its pattern need not run. When the start of a
 * phrase cannot be read as words (a class such as {@code \d+}, an optional group, a suffix such as {@code \w*}), there
 * is no answer and the pattern always runs: the shortcut may only skip what could never match.
 */
final class Openers {

    /** Stands for any word that starts with a digit, for phrases such as {@code \d+ trieu}. */
    static final String NUMBER = "#";

    private Openers() {
    }

    /** The first words of any of the phrases, or empty if one of them may start otherwise. */
    static Optional<Set<String>> of(List<String> phrases) {
        Set<String> words = new HashSet<>();
        for (String phrase : phrases) {
            Optional<Set<String>> first = of(phrase);
            if (first.isEmpty()) {
                return Optional.empty();
            }
            words.addAll(first.get());
        }
        return Optional.of(words);
    }

    static Optional<Set<String>> of(String phrase) {
        Set<String> words = new HashSet<>();
        for (String alternative : Phrases.alternatives(phrase)) {
            if (!addFirstWords(alternative, words)) {
                return Optional.empty();
            }
        }
        return Optional.of(words);
    }

    private static boolean addFirstWords(String phrase, Set<String> words) {
        if (phrase.startsWith("(?<!") || phrase.startsWith("(?<=")) {
            return addFirstWords(phrase.substring(closing(phrase) + 1), words);
        }
        if (phrase.startsWith("(") && !phrase.startsWith("(?")) {
            return addFirstWordsOfGroup(phrase, words);
        }
        if (phrase.startsWith("\\d") || !phrase.isEmpty() && Character.isDigit(phrase.charAt(0))) {
            words.add(NUMBER);
            return true;
        }
        int length = 0;
        while (length < phrase.length() && isWordCharacter(phrase.charAt(length))) {
            length++;
        }
        String word = phrase.substring(0, length);
        String rest = phrase.substring(length);
        if (length > 1 && rest.startsWith("?") && endsWord(rest.substring(1))) {
            // "wants?" starts with "wants" or "want"
            words.add(word);
            words.add(word.substring(0, length - 1));
            return true;
        }
        if (length == 0 || !endsWord(rest)) {
            return false;
        }
        words.add(word);
        return true;
    }

    /** A phrase that opens with a group: its alternatives, and what follows it too when the group is optional. */
    private static boolean addFirstWordsOfGroup(String phrase, Set<String> words) {
        int end = closing(phrase);
        if (end < 0) {
            return false;
        }
        String rest = phrase.substring(end + 1);
        boolean optional = rest.startsWith("?") || rest.startsWith("*");
        String after = optional ? rest.substring(1) : rest;
        if (rest.startsWith("{") || rest.startsWith("+") || optional && (after.isEmpty()
                || !addFirstWords(after, words))) {
            return false;
        }
        for (String alternative : Phrases.alternatives(phrase.substring(1, end))) {
            if (!addFirstWords(alternative + after, words)) {
                return false;
            }
        }
        return true;
    }

    /** Whether a word ends where this rest of a phrase starts. */
    private static boolean endsWord(String rest) {
        return rest.isEmpty() || rest.charAt(0) == ' ' || rest.charAt(0) == '|' || rest.charAt(0) == ')';
    }

    private static boolean isWordCharacter(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
    }

    /** The index of the parenthesis that closes the one at index 0, or -1. */
    private static int closing(String phrase) {
        int depth = 0;
        for (int i = 0; i < phrase.length(); i++) {
            char c = phrase.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }
}
