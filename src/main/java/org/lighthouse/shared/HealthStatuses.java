package org.lighthouse.shared;

import org.springframework.boot.health.contributor.Status;

/**
 * The statuses Lighthouse's health reports beside Boot's own: {@code DOWN} when it cannot do its work (no intake, no
 * database), {@link #DEGRADED} when it works but a promise is at risk (no responder can be alerted). Monitoring reads
 * the status; {@code DEGRADED} answers 200, so that a load balancer keeps the instance.
 */
public final class HealthStatuses {

    public static final Status DEGRADED = new Status("DEGRADED");

    private HealthStatuses() {
    }
}
