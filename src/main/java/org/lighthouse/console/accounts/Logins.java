package org.lighthouse.console.accounts;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** What a login may be: lower-case letters, digits, dots, dashes and underscores, 2 to 32 of them. */
public final class Logins {

    private static final Pattern FORM = Pattern.compile("[a-z0-9][a-z0-9._-]{1,31}");

    private Logins() {
    }

    /** A login as typed, trimmed and lower-cased; no check. */
    public static String normalize(String typed) {
        return typed.strip().toLowerCase(Locale.ROOT);
    }

    /** The login as typed, normalized; refused when it is not of the allowed form. */
    public static String checked(String typed) {
        String login = normalize(typed);
        if (!FORM.matcher(login).matches()) {
            throw new AccountRefused("console.account.loginForm", Map.of("login", login));
        }
        return login;
    }
}
