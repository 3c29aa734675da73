package org.lighthouse.lease;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * The lease's part of {@code /actuator/health}: whether this instance is active or on standby, its name, and the
 * active one's. Both are UP: a standby takes webhook deliveries, the web chat and the console as the active one does.
 */
@Component("leaseHealthIndicator")
class LeaseHealth extends AbstractHealthIndicator {

    private final Lease lease;

    LeaseHealth(Lease lease) {
        this.lease = lease;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        String holder = lease.holder();
        builder.up().withDetail("role", lease.active() ? "active" : "standby")
                .withDetail("instance", lease.instance()).withDetail("token", lease.token())
                .withDetail("active", holder == null ? "unknown" : holder);
    }
}
