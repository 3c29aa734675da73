package org.lighthouse.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Blanks what Lighthouse must not keep. {@link #phones} blanks phone numbers in everything people send, before it is
 * stored: Lighthouse never keeps one. {@link #redact} also blanks ID numbers (CCCD, CMND, passport) and other long
 * numbers, for what a case keeps: a responder does not need them to help, and a leaked case must not expose them.
 *
 * <p>Digits of any script count (full-width {@code ０９１２} is a phone number too); the separators people type between
 * groups (spaces, dots, dashes, slashes, brackets) are allowed, and a number may follow a word without a space
 * ({@code sdt0912345678}). Amounts of money are left alone: they do not start with 0 or {@code +}.
 */
public final class Redaction {

    public static final String PHONE = "[phone]";
    private static final String SEPARATORS = " .-/()\u00a0\u2009\u2010\u2011\u2012\u2013\u2014\u3000\uff0d\uff0e\uff08\uff09\uff0f";
    private static final int MAX_SEPARATOR_RUN = 3;
    private static final Pattern ID_NUMBER = Pattern.compile(
            "(?<![\\p{L}\\d])(?:\\d{12}|\\d{9}|[A-Za-z]\\d{7,8})(?![\\p{L}\\d])");
    private static final Pattern LONG_DIGITS = Pattern.compile("(?<!\\d)\\d[\\d\\s.-]{7,}\\d(?!\\d)");

    private Redaction() {
    }

    /** The text with every phone number replaced by {@value #PHONE}. */
    public static String phones(String text) {
        List<int[]> found = phoneNumbers(text);
        if (found.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int at = 0;
        for (int[] span : found) {
            out.append(text, at, span[0]).append(PHONE);
            at = span[1];
        }
        return out.append(text, at, text.length()).toString();
    }

    /** Where the phone numbers of the text are, in order, as {@code [start, end)}. */
    public static List<int[]> phoneNumbers(String text) {
        return findPhones(asciiDigits(text));
    }

    /** The text with phone numbers, ID numbers and other long numbers blanked. */
    public static String redact(String text) {
        String out = asciiDigits(phones(text));
        out = ID_NUMBER.matcher(out).replaceAll("[ID number]");
        return LONG_DIGITS.matcher(out).replaceAll(m -> digitCount(m.group()) >= 9 ? "[number]"
                : Matcher.quoteReplacement(m.group()));
    }

    /** Every decimal digit of any script as its ASCII digit; the length stays the same. */
    static String asciiDigits(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] > '9' && Character.isDigit(chars[i])) {
                chars[i] = (char) ('0' + Character.digit(chars[i], 10));
            }
        }
        return new String(chars);
    }

    /**
     * Spans of phone numbers, over groups of ASCII digits joined by short runs of separators: from each group, the
     * longest run of following groups whose digits make a phone number.
     */
    private static List<int[]> findPhones(String text) {
        List<int[]> groups = digitGroups(text);
        List<int[]> phones = new ArrayList<>();
        int i = 0;
        while (i < groups.size()) {
            int end = canStart(text, groups, i) ? longestPhoneFrom(text, groups, i) : -1;
            if (end < 0) {
                i++;
                continue;
            }
            phones.add(new int[] {phoneStart(text, groups.get(i)[0]), groups.get(end)[1]});
            i = end + 1;
        }
        return phones;
    }

    /** Not inside a number written with dots or dashes ({@code 10.000.000}): only after a space, or at its start. */
    private static boolean canStart(String text, List<int[]> groups, int i) {
        if (i == 0 || !joined(text, groups.get(i - 1)[1], groups.get(i)[0])) {
            return true;
        }
        return text.substring(groups.get(i - 1)[1], groups.get(i)[0]).chars().anyMatch(Character::isWhitespace);
    }

    private static int longestPhoneFrom(String text, List<int[]> groups, int first) {
        boolean plus = plusBefore(text, groups.get(first)[0]);
        StringBuilder digits = new StringBuilder();
        int found = -1;
        for (int i = first; i < groups.size(); i++) {
            if (i > first && !joined(text, groups.get(i - 1)[1], groups.get(i)[0])) {
                break;
            }
            digits.append(text, groups.get(i)[0], groups.get(i)[1]);
            if (digits.length() > 15) {
                break;
            }
            if (isPhone(digits, plus)) {
                found = i;
            }
        }
        return found;
    }

    /**
     * International with {@code +}; Vietnamese from 0 and an area or network digit (mobile 10 digits, landline 11), or
     * from 84. Not {@code 00}: a citizen ID (12 digits) starts with 0 and a province code, Ha Giang's is 002.
     */
    private static boolean isPhone(CharSequence digits, boolean plus) {
        int n = digits.length();
        if (plus) {
            return n >= 8 && n <= 15;
        }
        if (digits.charAt(0) == '0') {
            return n >= 9 && n <= 11 && digits.charAt(1) != '0';
        }
        return n == 11 && digits.charAt(0) == '8' && digits.charAt(1) == '4';
    }

    /** Where the number begins: at its first digit, or at the {@code +} and brackets just before it. */
    private static int phoneStart(String text, int firstDigit) {
        int i = firstDigit;
        while (i > 0 && "(+".indexOf(text.charAt(i - 1)) >= 0 && firstDigit - i < 2) {
            i--;
        }
        return i;
    }

    private static boolean plusBefore(String text, int firstDigit) {
        return text.substring(phoneStart(text, firstDigit), firstDigit).indexOf('+') >= 0;
    }

    private static boolean joined(String text, int from, int to) {
        return to - from <= MAX_SEPARATOR_RUN && text.substring(from, to).chars().allMatch(c -> SEPARATORS.indexOf(c) >= 0);
    }

    private static List<int[]> digitGroups(String text) {
        List<int[]> groups = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (isAsciiDigit(text.charAt(i))) {
                int start = i;
                while (i < text.length() && isAsciiDigit(text.charAt(i))) {
                    i++;
                }
                groups.add(new int[] {start, i});
            } else {
                i++;
            }
        }
        return groups;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static long digitCount(String s) {
        return s.chars().filter(Character::isDigit).count();
    }
}
