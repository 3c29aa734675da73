package org.lighthouse.safety.escalation;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.lighthouse.safety.SafetyCase;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A case waiting to be announced in one alert chat, until the board puts it in a message.
 *
 * @param id the chat, the case and the case's alert number: the same alert is queued once
 * @param reminder whether the case was announced before (an alert again, because nobody claimed it)
 * @param sentAs the outbox key of the message that announced it; null while it waits
 */
@Document("alert_queue")
record QueuedAlert(@Id String id, @Indexed String chat, String caseId, boolean reminder, Instant queuedAt,
        @Nullable String sentAs, @Nullable Instant sentAt) {

    static QueuedAlert of(String chat, SafetyCase safetyCase, Instant now) {
        return new QueuedAlert(chat + "|" + safetyCase.id() + "|" + (safetyCase.alerts() + 1), chat, safetyCase.id(),
                safetyCase.alerts() > 0, now, null, null);
    }
}
