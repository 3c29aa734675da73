package org.lighthouse.console.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One line of the audit log: who (a login) did what, when, and to which case if any.
 *
 * @param id an ObjectId in hex: orders entries of the same instant as they were written
 * @param detail what else an admin needs to read the line (the roles given, the field changed); never a password, a
 *     code or what a person wrote
 */
@Document("audit")
public record AuditEntry(@Id String id, @Indexed String who, Instant at, @Indexed @Nullable String caseId,
        String action, @Nullable String detail) {
}
