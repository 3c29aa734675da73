package org.lighthouse.channel.telegram;

import java.time.Duration;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * Telegram's part of {@code /actuator/health}: DOWN when no getUpdates has succeeded for
 * {@code lighthouse.telegram.intake-down-after}, since then no message reaches the bot; the details say why, without
 * the token or the URL.
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
        Duration quiet = intake.sinceLastPoll();
        (quiet.compareTo(settings.intakeDownAfter()) > 0 ? builder.down() : builder.up())
                .withDetail("secondsSinceLastPoll", quiet.toSeconds());
        intake.lastFailure().ifPresent(failure -> builder.withDetail("lastError", failure.kind())
                .withDetail("secondsSinceLastError", intake.since(failure.at()).toSeconds()));
        unread.count().ifPresent(count -> builder.withDetail("unreadUpdates", count));
    }
}
