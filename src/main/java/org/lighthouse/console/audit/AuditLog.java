package org.lighthouse.console.audit;

import java.time.Clock;
import org.bson.types.ObjectId;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The console's audit log, append-only: what staff saw and did (logins and lockouts, invitations, account changes,
 * the two-factor switch, and every case view and action of the case pages). Nothing in the code updates or deletes an
 * entry; admins read it at {@code /console/admin/audit}.
 */
@Component
public class AuditLog {

    private final MongoTemplate mongo;
    private final Clock clock;

    AuditLog(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /**
     * Records one action.
     *
     * @param who the login of the account that acted (or what was typed as a login, for a failed login)
     * @param caseId the case the action concerns, or null
     * @param action a short stable name, such as {@code login}, {@code case.view}, {@code account.roles}
     * @param detail what else an admin needs to read the line, or null; never a password, a code or a person's words
     */
    public void record(String who, @Nullable String caseId, String action, @Nullable String detail) {
        mongo.insert(new AuditEntry(ObjectId.get().toHexString(), who, clock.instant(), caseId, action, detail));
    }
}
