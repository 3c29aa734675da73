package org.lighthouse.console.security;

import java.time.Clock;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.lighthouse.console.audit.AuditLog;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.stereotype.Component;

/**
 * Whether responders and admins must log in with a second factor: on unless an admin switched it off (say, for a
 * training day on shared laptops), stored in the {@code console_settings} collection so every instance agrees.
 */
@Component
public class SecondFactorSwitch {

    private static final String ID = "second-factor";

    @Document("console_settings")
    record SecondFactorSetting(@Id String id, boolean required, Instant changedAt, String changedBy) {
    }

    private final MongoTemplate mongo;
    private final AuditLog audit;
    private final Clock clock;

    SecondFactorSwitch(MongoTemplate mongo, AuditLog audit, Clock clock) {
        this.mongo = mongo;
        this.audit = audit;
        this.clock = clock;
    }

    public boolean on() {
        SecondFactorSetting setting = current();
        return setting == null || setting.required();
    }

    /** Who switched it last, and when; null while it was never switched. */
    @Nullable SecondFactorSetting current() {
        return mongo.findById(ID, SecondFactorSetting.class);
    }

    void set(boolean required, String by) {
        mongo.save(new SecondFactorSetting(ID, required, clock.instant(), by));
        audit.record(by, null, required ? "second-factor.on" : "second-factor.off", null);
    }
}
