package org.lighthouse.console.security;

import java.time.Instant;
import org.lighthouse.console.accounts.AccountStore;
import org.lighthouse.console.audit.AuditLog;
import org.springframework.stereotype.Component;

/**
 * Counts wrong passwords and wrong codes alike, so that guessing either one locks the account. The person is told
 * that the login failed, or that the account is locked, never which part was wrong; the audit log says it for admins.
 */
@Component
class FailedLogins {

    private final AccountStore store;
    private final AuditLog audit;

    FailedLogins(AccountStore store, AuditLog audit) {
        this.store = store;
        this.audit = audit;
    }

    /** Counts a failure ({@code what} was wrong: password, code); true when it locked the account. */
    boolean count(String login, String what) {
        Instant lockedUntil = store.failed(login);
        audit.record(login, null, "login.failed", what);
        if (lockedUntil != null) {
            audit.record(login, null, "account.locked", "until " + lockedUntil);
        }
        return lockedUntil != null;
    }
}
