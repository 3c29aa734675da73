package org.lighthouse.console.accounts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * What a console password must be: at least 10 characters, not one of the common passwords that attackers try first
 * ({@code console/common-passwords.txt}, compared ignoring case), not the login itself, and at most 72 bytes, as bcrypt
 * reads no further.
 */
@Component
public class PasswordPolicy {

    static final int MIN_LENGTH = 10;
    static final int MAX_BYTES = 72;
    private static final String COMMON = "console/common-passwords.txt";

    private final Set<String> common = read();

    /** Refuses the password, saying why, when it breaks a rule. */
    public void check(String password, String login) {
        if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw new AccountRefused("console.password.tooShort", Map.of("min", MIN_LENGTH));
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new AccountRefused("console.password.tooLong", Map.of("max", MAX_BYTES));
        }
        if (password.equalsIgnoreCase(login)) {
            throw new AccountRefused("console.password.isLogin");
        }
        if (common.contains(password.toLowerCase(Locale.ROOT))) {
            throw new AccountRefused("console.password.common");
        }
    }

    private static Set<String> read() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new ClassPathResource(COMMON).getInputStream(),
                StandardCharsets.UTF_8))) {
            return in.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
