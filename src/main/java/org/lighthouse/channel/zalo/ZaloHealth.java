package org.lighthouse.channel.zalo;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * Zalo's part of {@code /actuator/health}. Polling: DOWN when no getUpdates has succeeded for
 * {@code lighthouse.zalo.intake-down-after}, since then no message reaches the bot. Webhook: DOWN while Zalo has not
 * taken the webhook for that long. The details say why, without the token, the secret or the URL.
 */
class ZaloHealth extends AbstractHealthIndicator {

    private final ZaloIntake intake;
    private final ZaloSettings settings;

    ZaloHealth(ZaloIntake intake, ZaloSettings settings) {
        super("Zalo's health could not be read");
        this.intake = intake;
        this.settings = settings;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        boolean down;
        if (settings.webhook()) {
            down = !intake.everSucceeded() && intake.sinceLastSuccess().compareTo(settings.intakeDownAfter()) > 0;
            builder.withDetail("mode", "webhook").withDetail("webhookSet", intake.everSucceeded());
            intake.sinceLastDelivery().ifPresent(quiet -> builder.withDetail("secondsSinceLastDelivery",
                    quiet.toSeconds()));
        } else {
            down = intake.sinceLastSuccess().compareTo(settings.intakeDownAfter()) > 0;
            builder.withDetail("mode", "polling").withDetail("secondsSinceLastPoll",
                    intake.sinceLastSuccess().toSeconds());
        }
        if (down) {
            builder.down();
        } else {
            builder.up();
        }
        intake.lastFailure().ifPresent(failure -> builder.withDetail("lastError", failure.kind())
                .withDetail("secondsSinceLastError", intake.since(failure.at()).toSeconds()));
    }
}
