package org.lighthouse.console.accounts;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.lighthouse.console.Role;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An account an admin offered, waiting for its person to set a password. Only a hash of the link's token is stored:
 * whoever reads the database cannot use a pending link.
 *
 * @param tokenHash SHA-256 of the token, in hex
 * @param usedAt when the link was used; it works once
 */
@Document("invitations")
public record Invitation(@Id String tokenHash, String login, Set<Role> roles, String alias, @Nullable Long telegram,
        String createdBy, Instant createdAt, Instant expiresAt, @Nullable Instant usedAt) {
}
