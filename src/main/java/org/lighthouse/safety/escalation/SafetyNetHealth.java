package org.lighthouse.safety.escalation;

import java.util.Map;
import org.lighthouse.shared.HealthStatuses;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * The safety net's part of {@code /actuator/health}: UP when alerts reach responders; DEGRADED when none is configured
 * or a route refuses (the responders' group, some responder's private chat); DOWN when responders are configured but
 * no alert can reach any of them.
 */
@Component("safetyNet")
class SafetyNetHealth extends AbstractHealthIndicator {

    private final AlertRoutes routes;
    private final Responders responders;

    SafetyNetHealth(AlertRoutes routes, Responders responders) {
        this.routes = routes;
        this.responders = responders;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        Map<String, String> problems = routes.problems();
        if (problems.isEmpty()) {
            builder.up().withDetail("alertChats", routes.chats().size());
        } else if (responders.configured() && !routes.canAlert()) {
            builder.down().withDetails(problems);
        } else {
            builder.status(HealthStatuses.DEGRADED).withDetails(problems);
        }
    }
}
