package org.lighthouse.channel.telegram;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** How Telegram's intake goes, as the poller tells it: for health. */
class IntakeStatus {

    private final Clock clock;
    private volatile Instant started;
    private volatile @Nullable Instant lastPoll;
    private volatile @Nullable Failure lastFailure;

    record Failure(String kind, Instant at) {
    }

    IntakeStatus(Clock clock) {
        this.clock = clock;
        this.started = clock.instant();
    }

    /** Polling starts: the time it may take to succeed first counts from now, not from the service's start. */
    void started() {
        started = clock.instant();
    }

    /** A poll was answered and what it brought is stored. */
    void polled() {
        lastPoll = clock.instant();
    }

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
}
