package org.lighthouse.console.security;

import java.time.Clock;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.lighthouse.console.accounts.Account;
import org.lighthouse.console.accounts.AccountStore;
import org.lighthouse.console.accounts.Logins;
import org.lighthouse.console.audit.AuditLog;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * The login form's first step. A locked account is refused before its password is read, so the right password opens
 * nothing until the lock ends or an admin lifts it; a wrong password counts towards a lock. An unknown login takes as
 * long as a known one (a hash is checked all the same), so timing does not tell which logins exist. A right password
 * gives a full login, or half of one when a code must follow ({@link SecondFactor}).
 */
@Component
class PasswordLogin implements AuthenticationProvider {

    /** Longer is no login of ours: refused before the database is asked. */
    private static final int LONGEST_LOGIN = 64;

    private final AccountStore store;
    private final PasswordEncoder encoder;
    private final SecondFactor secondFactor;
    private final FailedLogins failures;
    private final AuditLog audit;
    private final LoginAttempts attempts;
    private final Clock clock;
    private volatile @Nullable String noSuchAccount;

    PasswordLogin(AccountStore store, PasswordEncoder encoder, SecondFactor secondFactor, FailedLogins failures,
            AuditLog audit, LoginAttempts attempts, Clock clock) {
        this.store = store;
        this.encoder = encoder;
        this.secondFactor = secondFactor;
        this.failures = failures;
        this.audit = audit;
        this.attempts = attempts;
        this.clock = clock;
    }

    @Override
    public Authentication authenticate(Authentication typed) {
        if (typed.getDetails() instanceof WebAuthenticationDetails details && details.getRemoteAddress() != null) {
            attempts.count(details.getRemoteAddress());
        }
        String login = Logins.normalize(typed.getName());
        String password = String.valueOf(typed.getCredentials());
        Optional<Account> found = login.length() > LONGEST_LOGIN ? Optional.empty() : store.find(login);
        if (found.isEmpty()) {
            encoder.matches(password, noSuchAccount());
            audit.record(login.substring(0, Math.min(login.length(), LONGEST_LOGIN)), null, "login.failed",
                    "no such account");
            throw new BadCredentialsException("no such account");
        }
        Account account = found.get();
        if (account.lockedAt(clock.instant())) {
            audit.record(login, null, "login.refused", "locked");
            throw new LockedException("locked");
        }
        if (!encoder.matches(password, account.passwordHash())) {
            if (failures.count(login, "password")) {
                throw new LockedException("locked now");
            }
            throw new BadCredentialsException("wrong password");
        }
        if (account.disabled()) {
            audit.record(login, null, "login.refused", "disabled");
            throw new DisabledException("disabled");
        }
        return secondFactor.stepAfterPassword(account)
                .map(step -> ConsoleSessions.halfway(account.user(), step))
                .orElseGet(() -> ConsoleSessions.full(account.user()));
    }

    /** A hash no password matches, made when first needed: a start-up need not spend a hash's time on it. */
    private String noSuchAccount() {
        String hash = noSuchAccount;
        if (hash == null) {
            hash = encoder.encode(Totp.newSecret());
            noSuchAccount = hash;
        }
        return hash;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
