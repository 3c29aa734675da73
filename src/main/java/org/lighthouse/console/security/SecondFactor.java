package org.lighthouse.console.security;

import java.time.Clock;
import java.util.Optional;
import java.util.OptionalLong;
import org.lighthouse.console.accounts.Account;
import org.lighthouse.console.accounts.AccountStore;
import org.lighthouse.console.audit.AuditLog;
import org.springframework.stereotype.Component;

/**
 * The second factor: who must give a code, and whether a code is right. Responders and admins must while the switch is
 * on; teachers give one if they set it up. While the switch is off nobody is asked.
 */
@Component
class SecondFactor {

    enum Outcome { ACCEPTED, WRONG, LOCKED }

    private final AccountStore store;
    private final SecondFactorSwitch required;
    private final FailedLogins failures;
    private final AuditLog audit;
    private final Clock clock;

    SecondFactor(AccountStore store, SecondFactorSwitch required, FailedLogins failures, AuditLog audit, Clock clock) {
        this.store = store;
        this.required = required;
        this.failures = failures;
        this.audit = audit;
        this.clock = clock;
    }

    /** What a person who just gave the right password must do before the console opens; empty: nothing. */
    Optional<LoginStep> stepAfterPassword(Account account) {
        if (!required.on()) {
            return Optional.empty();
        }
        if (account.hasSecondFactor()) {
            return Optional.of(LoginStep.CODE);
        }
        return mustSetUp(account) ? Optional.of(LoginStep.SETUP) : Optional.empty();
    }

    /** Whether the account may not skip setting the second factor up. */
    boolean mustSetUp(Account account) {
        return required.on() && (account.user().isResponder() || account.user().isAdmin());
    }

    /** Checks a code typed at login; a wrong one counts as a failed login. */
    Outcome check(String login, String code) {
        Account account = store.find(login).orElseThrow();
        if (account.lockedAt(clock.instant())) {
            return Outcome.LOCKED;
        }
        OptionalLong step = account.totpSecret() == null ? OptionalLong.empty()
                : Totp.check(account.totpSecret(), code, clock.instant());
        if (step.isPresent() && store.useStep(login, step.getAsLong())) {
            return Outcome.ACCEPTED;
        }
        return failures.count(login, step.isPresent() ? "code used before" : "code") ? Outcome.LOCKED : Outcome.WRONG;
    }

    /** Sets the second factor up with the secret shown to the person, once they typed its code right. */
    Outcome setUp(String login, String secret, String code) {
        Account account = store.find(login).orElseThrow();
        if (account.lockedAt(clock.instant())) {
            return Outcome.LOCKED;
        }
        OptionalLong step = Totp.check(secret, code, clock.instant());
        if (step.isPresent() && store.setSecondFactor(login, secret, step.getAsLong())) {
            audit.record(login, null, "second-factor.set-up", null);
            return Outcome.ACCEPTED;
        }
        return failures.count(login, "setup code") ? Outcome.LOCKED : Outcome.WRONG;
    }
}
