package org.lighthouse.safety.escalation;

import java.util.regex.Pattern;

/**
 * Blanks phone numbers and ID numbers (CCCD, CMND, passport) in what is written to a case, before it is stored: a
 * responder does not need them to help, and a leaked case must not expose them.
 */
public final class Redaction {

    private static final Pattern PHONE = Pattern.compile(
            "(?<![\\p{L}\\d])(?:\\+?84|0)[\\s.-]?\\d{2,3}(?:[\\s.-]?\\d{3}){2}(?![\\p{L}\\d])"
                    + "|(?<![\\p{L}\\d])\\+\\d{1,3}[\\s.-]?\\d{2,4}(?:[\\s.-]?\\d{2,4}){2,3}(?![\\p{L}\\d])");
    private static final Pattern ID_NUMBER = Pattern.compile(
            "(?<![\\p{L}\\d])(?:\\d{12}|\\d{9}|[A-Za-z]\\d{7,8})(?![\\p{L}\\d])");
    private static final Pattern LONG_DIGITS = Pattern.compile("(?<!\\d)\\d[\\d\\s.-]{7,}\\d(?!\\d)");

    private Redaction() {
    }

    public static String redact(String text) {
        String out = PHONE.matcher(text).replaceAll("[phone]");
        out = ID_NUMBER.matcher(out).replaceAll("[ID number]");
        return LONG_DIGITS.matcher(out).replaceAll(m -> digits(m.group()) >= 9 ? "[number]" : m.group());
    }

    private static long digits(String s) {
        return s.chars().filter(Character::isDigit).count();
    }
}
