package org.lighthouse.channel.telegram;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** How Telegram's intake goes, as the poller or the webhook tells it: for health. */
class IntakeStatus {

    private final Clock clock;
    private volatile Instant started;
    private volatile @Nullable Instant lastPoll;
    private volatile @Nullable Failure lastFailure;
    private volatile @Nullable Instant webhookSet;
    private volatile @Nullable WebhookReport webhook;
    private volatile @Nullable Instant lastDelivery;

    record Failure(String kind, Instant at) {
    }

    /**
     * What Telegram last said of the webhook ({@code getWebhookInfo}).
     *
     * @param pending updates Telegram holds for the bot, not yet delivered
     * @param lastErrorAt when Telegram's last delivery failed, if it ever did
     * @param lastError how it failed, in Telegram's words
     */
    record WebhookReport(long pending, @Nullable Instant lastErrorAt, @Nullable String lastError,
            Instant checkedAt) {
    }

    IntakeStatus(Clock clock) {
        this.clock = clock;
        this.started = clock.instant();
    }

    /** Intake starts: the time it may take to succeed first counts from now, not from the service's start. */
    void started() {
        started = clock.instant();
    }

    /** A poll was answered and what it brought is stored. */
    void polled() {
        lastPoll = clock.instant();
    }

    /** A call to Telegram for intake failed: a poll, or setting or asking about the webhook. */
    void failed(String kind) {
        lastFailure = new Failure(kind, clock.instant());
    }

    /** Since the last successful poll, or since polling started when there was none. */
    Duration sinceLastPoll() {
        Instant last = lastPoll;
        return Duration.between(last == null ? started : last, clock.instant());
    }

    Optional<Failure> lastFailure() {
        return Optional.ofNullable(lastFailure);
    }

    Duration since(Instant at) {
        return Duration.between(at, clock.instant());
    }

    /** Telegram took the webhook: errors it reported before now are an earlier run's. */
    void webhookSet() {
        webhookSet = clock.instant();
    }

    /** Telegram no longer delivers to this instance (the webhook was removed, or points elsewhere). */
    void webhookLost() {
        webhookSet = null;
    }

    /** When this run last set the webhook, while Telegram delivers to it. */
    Optional<Instant> webhookSetAt() {
        return Optional.ofNullable(webhookSet);
    }

    void webhookChecked(long pending, @Nullable Instant lastErrorAt, @Nullable String lastError) {
        webhook = new WebhookReport(pending, lastErrorAt, lastError, clock.instant());
    }

    Optional<WebhookReport> webhookReport() {
        return Optional.ofNullable(webhook);
    }

    /** A delivery came to the webhook and is stored. */
    void delivered() {
        lastDelivery = clock.instant();
    }

    Optional<Instant> lastDelivery() {
        return Optional.ofNullable(lastDelivery);
    }

    Instant now() {
        return clock.instant();
    }
}
