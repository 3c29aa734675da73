package org.lighthouse.classroom;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import org.lighthouse.channel.Inbound;

/**
 * Codes people type or scan, and ids. Codes are 10 characters from 31 that cannot be mistaken for one another (no 0,
 * O, 1, I, L): about 10^15 codes, so they cannot be guessed, the more so as wrong tries are limited.
 */
final class Codes {

    private static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private static final int LENGTH = 10;
    private static final SecureRandom RANDOM = new SecureRandom();

    private Codes() {
    }

    static String fresh() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** A code as typed: any case, with spaces or dashes; empty when it cannot be a code. */
    static Optional<String> read(String typed) {
        String code = typed.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "");
        return code.length() == LENGTH && code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0) ? Optional.of(code)
                : Optional.empty();
    }

    /** {@code K7QX-3M9P-TA}, easier to read out and type. */
    static String grouped(String code) {
        return code.substring(0, 4) + "-" + code.substring(4, 8) + "-" + code.substring(8);
    }

    /**
     * An 8-character id made from the event, so that the same event handled again (after a restart) makes the same
     * class or assignment rather than a second one.
     */
    static String idOf(Inbound in) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest((in.chat().key() + "#" + in.seq())
                    .getBytes(StandardCharsets.UTF_8));
            StringBuilder id = new StringBuilder(8);
            for (int i = 0; i < 8; i++) {
                id.append(ALPHABET.charAt((hash[i] & 0xff) % ALPHABET.length()));
            }
            return id.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
