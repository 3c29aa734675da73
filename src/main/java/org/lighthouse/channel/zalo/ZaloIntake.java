package org.lighthouse.channel.zalo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** How Zalo's intake goes, by polling or by webhook: for health. */
class ZaloIntake {

    record Failure(String kind, Instant at) {
    }

    private final Clock clock;
    private volatile Instant started;
    private volatile @Nullable Instant lastSuccess;
    private volatile @Nullable Instant lastDelivery;
    private volatile @Nullable Failure lastFailure;

    ZaloIntake(Clock clock) {
        this.clock = clock;
        this.started = clock.instant();
    }

    /** Intake starts: the time it may take to succeed first counts from now. */
    void started() {
        started = clock.instant();
    }

    /** A poll was answered and what it brought is stored; or the webhook was set. */
    void succeeded() {
        lastSuccess = clock.instant();
    }

    /** A webhook delivery was stored. */
    void delivered() {
        lastDelivery = clock.instant();
    }

    void failed(String kind) {
        lastFailure = new Failure(kind, clock.instant());
    }

    boolean everSucceeded() {
        return lastSuccess != null;
    }

    /** Since the last success, or since intake started when there was none. */
    Duration sinceLastSuccess() {
        Instant last = lastSuccess;
        return Duration.between(last == null ? started : last, clock.instant());
    }

    Optional<Duration> sinceLastDelivery() {
        Instant last = lastDelivery;
        return last == null ? Optional.empty() : Optional.of(Duration.between(last, clock.instant()));
    }

    Optional<Failure> lastFailure() {
        return Optional.ofNullable(lastFailure);
    }

    Duration since(Instant at) {
        return Duration.between(at, clock.instant());
    }
}
