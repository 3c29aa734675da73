package org.lighthouse.console.accounts;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.lighthouse.console.ConsoleUser;
import org.lighthouse.console.Role;
import org.lighthouse.shared.Language;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A console account. Changes go through {@link AccountStore}: each is one conditional update, and an admin's edit is
 * based on the version the admin saw, so two admins cannot overwrite each other unseen.
 *
 * @param login lower-case, the id
 * @param passwordHash as Spring Security's delegating encoder writes it ({@code {bcrypt}...})
 * @param telegram the linked Telegram user id; two accounts never share one (a sparse unique index)
 * @param alias the name young people see
 * @param totpSecret the second factor's shared secret in Base32; null until set up
 * @param totpLastStep the 30-second step of the last code accepted, so that a code is never accepted twice
 * @param failedLogins failed logins since the last success or lock
 * @param lockedUntil when a lock for failed logins ends
 * @param language the console's language the person chose; null: the browser's
 */
@Document("accounts")
public record Account(@Id String login, String passwordHash, Set<Role> roles,
        @Indexed(unique = true, sparse = true) @Nullable Long telegram, String alias, @Nullable String totpSecret,
        @Nullable Long totpLastStep, int failedLogins, @Nullable Instant lockedUntil, Instant createdAt,
        boolean disabled, @Nullable Language language, @Version @Nullable Long version) {

    public ConsoleUser user() {
        return new ConsoleUser(login, alias, roles, telegram, language);
    }

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    public boolean hasSecondFactor() {
        return totpSecret != null;
    }
}
