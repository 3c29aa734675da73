package org.lighthouse.console;

import java.io.Serializable;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.lighthouse.shared.Language;

/**
 * Who is logged in to the console: the principal of every console request, obtained in a controller with
 * {@code @AuthenticationPrincipal ConsoleUser me}. Refreshed from the account at every request, so a change of roles,
 * alias or Telegram link applies at once.
 *
 * @param login the account's login (lower-case)
 * @param alias the name young people see
 * @param roles what the account may do
 * @param telegram the Telegram user id linked to the account, if any
 * @param language the console's language the account chose; when null, the browser's
 */
public record ConsoleUser(String login, String alias, Set<Role> roles, @Nullable Long telegram,
        @Nullable Language language) implements Serializable {

    public ConsoleUser {
        // in the roles' own order, as pages list them
        roles = roles.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(roles));
    }

    public boolean isResponder() {
        return roles.contains(Role.RESPONDER);
    }

    public boolean isAdmin() {
        return roles.contains(Role.ADMIN);
    }

    public boolean isTeacher() {
        return roles.contains(Role.TEACHER);
    }

    /**
     * How the safety net names this person as the holder of a case: their Telegram user id in decimal when the account
     * is linked to Telegram (as a claim made in Telegram names them), otherwise {@code "@" + login}. So a claim in
     * Telegram and one in the console by the same person are the same responder.
     */
    public String responderKey() {
        return responderKey(login, telegram);
    }

    /** The responder key of an account; see {@link #responderKey()}. */
    public static String responderKey(String login, @Nullable Long telegram) {
        return telegram != null ? Long.toString(telegram) : "@" + login;
    }
}
