package org.lighthouse.console.accounts;

import java.time.Clock;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.lighthouse.console.Role;
import org.lighthouse.console.audit.AuditLog;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** Creates accounts, from the command line or an accepted invitation, and checks what an account may hold. */
@Component
public class Accounts {

    static final int MAX_ALIAS = 40;

    private final AccountStore store;
    private final PasswordPolicy passwords;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final Clock clock;

    Accounts(AccountStore store, PasswordPolicy passwords, PasswordEncoder encoder, AuditLog audit, Clock clock) {
        this.store = store;
        this.passwords = passwords;
        this.encoder = encoder;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * What an account is to be.
     *
     * @param alias the name young people see; the login when blank
     */
    public record NewAccount(String login, Set<Role> roles, @Nullable String alias, @Nullable Long telegram) {
    }

    /**
     * Creates the account, refused (saying why) when the login is malformed or taken, no role is given, the alias is
     * too long, the Telegram id is another account's, or the password is weak.
     *
     * @param totpSecret the second factor's secret, when the creator already holds it (the command line prints it);
     *     null: the person sets it up at their first login
     * @param by who creates it, for the audit log
     */
    public Account create(NewAccount request, String password, @Nullable String totpSecret, String by) {
        NewAccount checked = checked(request);
        passwords.check(password, checked.login());
        Account account = store.insert(new Account(checked.login(), encoder.encode(password), checked.roles(),
                checked.telegram(), checked.alias(), totpSecret, null, 0, null, clock.instant(), false, null, null));
        audit.record(by, null, "account.created", describe(account.roles(), account.alias(), account.telegram())
                + " login=" + account.login());
        return account;
    }

    /** The request with its login normalized and its alias set, refused as {@link #create} would refuse it. */
    NewAccount checked(NewAccount request) {
        String login = Logins.checked(request.login());
        if (request.roles().isEmpty()) {
            throw new AccountRefused("console.account.noRole");
        }
        if (store.exists(login)) {
            throw new AccountRefused("console.account.loginTaken", Map.of("login", login));
        }
        checkTelegramFree(request.telegram(), login);
        return new NewAccount(login, request.roles(), alias(request.alias(), login), request.telegram());
    }

    /** An alias as typed, trimmed; the login when blank; refused when too long. */
    public static String alias(@Nullable String typed, String login) {
        String alias = typed == null ? "" : typed.strip();
        if (alias.length() > MAX_ALIAS) {
            throw new AccountRefused("console.account.aliasTooLong", Map.of("max", MAX_ALIAS));
        }
        return alias.isEmpty() ? login : alias;
    }

    /** Refused when another account than {@code login}'s is linked to this Telegram id. */
    public void checkTelegramFree(@Nullable Long telegram, String login) {
        if (telegram != null && store.byTelegram(telegram).filter(a -> !a.login().equals(login)).isPresent()) {
            throw new AccountRefused("console.account.telegramTaken");
        }
    }

    /** A Telegram user id as typed: blank for none; refused when not a positive number. */
    public static @Nullable Long telegram(@Nullable String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            long id = Long.parseLong(typed.strip());
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new AccountRefused("console.account.telegramForm", Map.of("value", typed.strip()));
    }

    /** How the audit log describes what an account holds. */
    public static String describe(Set<Role> roles, String alias, @Nullable Long telegram) {
        return "roles=" + String.join(",", roles.stream().map(Role::name).sorted().toList()) + " alias=" + alias
                + " telegram=" + (telegram == null ? "-" : telegram);
    }
}
