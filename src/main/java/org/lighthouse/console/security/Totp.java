package org.lighthouse.console.security;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.Key;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;

/**
 * Time-based one-time passwords (RFC 6238) as authenticator apps make them: HMAC-SHA-1, 6 digits, 30-second steps.
 * A code of the step before or after the current one is accepted too, for a phone's clock a little off or a code
 * typed as it changed. Codes come from java-otp; secrets are 20 random bytes, shown to people in Base32.
 */
public final class Totp {

    private static final Duration STEP = Duration.ofSeconds(30);
    private static final int DIGITS = 6;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final TimeBasedOneTimePasswordGenerator CODES = new TimeBasedOneTimePasswordGenerator(STEP, DIGITS,
            TimeBasedOneTimePasswordGenerator.TOTP_ALGORITHM_HMAC_SHA1);

    private Totp() {
    }

    /** A new secret in Base32, without padding, as authenticator apps take it. */
    public static String newSecret() {
        byte[] secret = new byte[20];
        RANDOM.nextBytes(secret);
        return new Base32().encodeToString(secret).replace("=", "");
    }

    /** The step of the code, when it is right for the secret at {@code now} (or one step before or after). */
    public static OptionalLong check(String secret, String typed, Instant now) {
        String code = typed.replaceAll("\\s", "");
        if (!code.matches("\\d{" + DIGITS + "}")) {
            return OptionalLong.empty();
        }
        long current = now.getEpochSecond() / STEP.getSeconds();
        for (long step = current - 1; step <= current + 1; step++) {
            if (MessageDigest.isEqual(code.getBytes(StandardCharsets.US_ASCII),
                    code(secret, step).getBytes(StandardCharsets.US_ASCII))) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    /** The URI an authenticator app reads from a QR code: the account appears as "Lighthouse: login". */
    public static String uri(String login, String secret) {
        String label = URLEncoder.encode("Lighthouse:" + login, StandardCharsets.UTF_8).replace("+", "%20")
                .replace("%3A", ":");
        return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=Lighthouse";
    }

    /** The secret in groups of four, easier to type into an app by hand. */
    public static String grouped(String secret) {
        return secret.replaceAll("(.{4})(?!$)", "$1 ");
    }

    static String code(String secret, long step) {
        Key key = new SecretKeySpec(new Base32().decode(secret), "HmacSHA1");
        try {
            return CODES.generateOneTimePasswordString(key, Instant.ofEpochSecond(step * STEP.getSeconds()),
                    java.util.Locale.ROOT);
        } catch (InvalidKeyException e) {
            throw new IllegalStateException("a TOTP secret that is no key", e);
        }
    }
}
