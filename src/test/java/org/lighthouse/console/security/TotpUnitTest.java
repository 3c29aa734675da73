package org.lighthouse.console.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** The second factor's codes are RFC 6238's, with one step of slack either way and nothing more. */
class TotpUnitTest {

    /** RFC 6238's SHA-1 key, "12345678901234567890", in Base32. */
    private static final String RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    /** The RFC's test vectors (8 digits there; an app shows their last 6). */
    @Test
    void codesAreThoseOfTheRfc() {
        assertThat(Totp.code(RFC_SECRET, 59 / 30)).isEqualTo("287082");
        assertThat(Totp.code(RFC_SECRET, 1111111109L / 30)).isEqualTo("081804");
        assertThat(Totp.code(RFC_SECRET, 1111111111L / 30)).isEqualTo("050471");
        assertThat(Totp.code(RFC_SECRET, 1234567890L / 30)).isEqualTo("005924");
        assertThat(Totp.code(RFC_SECRET, 2000000000L / 30)).isEqualTo("279037");
    }

    /** The code of the step before or after is accepted (a phone's clock a little off), two steps away is not. */
    @Test
    void oneStepOfSlack() {
        Instant now = Instant.ofEpochSecond(1234567890L);
        long step = 1234567890L / 30;
        assertThat(Totp.check(RFC_SECRET, "005924", now)).isEqualTo(OptionalLong.of(step));
        assertThat(Totp.check(RFC_SECRET, "005 924", now)).isEqualTo(OptionalLong.of(step));
        assertThat(Totp.check(RFC_SECRET, Totp.code(RFC_SECRET, step - 1), now)).isEqualTo(OptionalLong.of(step - 1));
        assertThat(Totp.check(RFC_SECRET, Totp.code(RFC_SECRET, step + 1), now)).isEqualTo(OptionalLong.of(step + 1));
        assertThat(Totp.check(RFC_SECRET, Totp.code(RFC_SECRET, step - 2), now)).isEmpty();
        assertThat(Totp.check(RFC_SECRET, Totp.code(RFC_SECRET, step + 2), now)).isEmpty();
        assertThat(Totp.check(RFC_SECRET, "00592", now)).isEmpty();
        assertThat(Totp.check(RFC_SECRET, "abcdef", now)).isEmpty();
    }

    /** Secrets are 160 random bits in Base32; the URI names the issuer and the login as apps expect. */
    @Test
    void secretsAndUris() {
        String secret = Totp.newSecret();
        assertThat(secret).matches("[A-Z2-7]{32}").isNotEqualTo(Totp.newSecret());
        assertThat(Totp.uri("hoa.nguyen", "ABCD")).isEqualTo(
                "otpauth://totp/Lighthouse:hoa.nguyen?secret=ABCD&issuer=Lighthouse");
        assertThat(Totp.grouped("ABCDEFGHIJ")).isEqualTo("ABCD EFGH IJ");
    }
}
