package org.lighthouse.channel.telegram;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.lighthouse.shared.HealthStatuses;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

/**
 * Telegram's part of {@code /actuator/health}, without the token, the secret or a URL. By long polling: DOWN when no
 * getUpdates has succeeded for {@code lighthouse.telegram.intake-down-after}, since then no message reaches the bot.
 * In webhook mode: DOWN while the webhook is not set to this instance, DEGRADED while Telegram reports a failed
 * delivery since this run set it (for {@code lighthouse.telegram.webhook-error-recent}), UP otherwise.
 */
class TelegramHealth extends AbstractHealthIndicator {

    private final IntakeStatus intake;
    private final UnreadUpdates unread;
    private final TelegramSettings settings;

    TelegramHealth(IntakeStatus intake, UnreadUpdates unread, TelegramSettings settings) {
        super("Telegram's health could not be read");
        this.intake = intake;
        this.unread = unread;
        this.settings = settings;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        if (settings.webhookMode()) {
            webhook(builder);
        } else {
            polling(builder);
        }
        unread.count().ifPresent(count -> builder.withDetail("unreadUpdates", count));
    }

    private void polling(Health.Builder builder) {
        Duration quiet = intake.sinceLastPoll();
        (quiet.compareTo(settings.intakeDownAfter()) > 0 ? builder.down() : builder.up())
                .withDetail("mode", "long polling").withDetail("secondsSinceLastPoll", quiet.toSeconds());
        intake.lastFailure().ifPresent(failure -> builder.withDetail("lastError", failure.kind())
                .withDetail("secondsSinceLastError", intake.since(failure.at()).toSeconds()));
    }

    private void webhook(Health.Builder builder) {
        Optional<Instant> set = intake.webhookSetAt();
        Optional<IntakeStatus.WebhookReport> report = intake.webhookReport();
        Instant recent = intake.now().minus(settings.webhookErrorRecent());
        boolean failing = set.isPresent() && report.map(IntakeStatus.WebhookReport::lastErrorAt)
                .filter(at -> !at.isBefore(set.get().minusSeconds(1)) && at.isAfter(recent)).isPresent();
        builder.status(set.isEmpty() ? Status.DOWN
                : failing ? HealthStatuses.DEGRADED : Status.UP)
                .withDetail("mode", "webhook").withDetail("webhookSet", set.isPresent());
        report.ifPresent(info -> {
            builder.withDetail("pendingUpdates", info.pending())
                    .withDetail("secondsSinceLastCheck", intake.since(info.checkedAt()).toSeconds());
            if (info.lastErrorAt() != null) {
                builder.withDetail("lastDeliveryError", String.valueOf(info.lastError()))
                        .withDetail("secondsSinceLastDeliveryError", intake.since(info.lastErrorAt()).toSeconds());
            }
        });
        intake.lastDelivery().ifPresent(at -> builder.withDetail("secondsSinceLastDelivery",
                intake.since(at).toSeconds()));
        intake.lastFailure().ifPresent(failure -> builder.withDetail("lastError", failure.kind())
                .withDetail("secondsSinceLastError", intake.since(failure.at()).toSeconds()));
    }
}
