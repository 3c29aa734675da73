package org.lighthouse.impact;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A person's own check-in record: when each phase was offered and answered, and the pairing key of their answers,
 * held only until the follow-up is offered. It names the person (by chat) and is deleted with their data; the
 * answers never name them.
 *
 * @param pair the random key of the person's baseline answers, null when they gave none or once the follow-up took it
 * @param seriesDone whether the person finished a whole series since the baseline was offered
 * @param before the baseline, null until offered
 * @param after the follow-up, null until offered
 */
@Document("checkins")
record Checkin(@Id String chat, @Nullable String pair, boolean seriesDone, @Nullable Stage before,
        @Nullable Stage after) {

    /** The follow-up is offered this long after the baseline was, unless a finished series brings it sooner. */
    static final Duration FOLLOW_UP_AFTER = Duration.ofDays(30);

    static Checkin of(String chat) {
        return new Checkin(chat, null, false, null, null);
    }

    /** The phase to offer now, if any. */
    Optional<Phase> due(Instant now) {
        if (before == null) {
            return Optional.of(Phase.BEFORE);
        }
        boolean time = !before.offered().plus(FOLLOW_UP_AFTER).isAfter(now);
        return after == null && (seriesDone || time) ? Optional.of(Phase.AFTER) : Optional.empty();
    }

    /**
     * One phase of the check-in.
     *
     * @param next the position of the next question to answer or skip: an answer is stored only at its position
     * @param answered when the last question was answered or skipped; null while it is not finished
     */
    record Stage(Instant offered, int next, @Nullable Instant answered) {
    }
}
