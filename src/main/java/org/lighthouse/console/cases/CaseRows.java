package org.lighthouse.console.cases;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.lighthouse.safety.CaseDescription;
import org.lighthouse.safety.CaseWork;
import org.lighthouse.safety.SafetyCase;
import org.lighthouse.safety.SafetyCase.Entry;
import org.lighthouse.shared.Texts;
import org.springframework.stereotype.Component;

/** Turns cases into the lines a responder reads. */
@Component
class CaseRows {

    private final CaseWork work;
    private final CaseWords words;
    private final Texts texts;
    private final Clock clock;

    CaseRows(CaseWork work, CaseWords words, Texts texts, Clock clock) {
        this.work = work;
        this.words = words;
        this.texts = texts;
        this.clock = clock;
    }

    CaseRow row(SafetyCase safetyCase, String viewer) {
        Instant now = clock.instant();
        CaseDescription described = work.describe(safetyCase, CaseWords.language());
        Instant lastMessage = safetyCase.lastFromPerson().map(Entry::at).orElse(null);
        Instant realert = work.nextAlert(safetyCase).orElse(null);
        return new CaseRow(safetyCase.id(), safetyCase.level().name(), described.level(), safetyCase.person(),
                described.channel(), safetyCase.language().nativeName(),
                words.span(Duration.between(safetyCase.openedAt(), now)),
                lastMessage == null ? "—" : words.span(Duration.between(lastMessage, now)),
                safetyCase.assignee() == null ? null : work.alias(safetyCase.assignee()),
                realert == null ? "—" : words.span(Duration.between(now, realert)),
                realert != null && !realert.isAfter(now), viewer.equals(safetyCase.assignee()),
                viewer.equals(safetyCase.offeredTo()), safetyCase.open(), safetyCase.outcome() == null ? null
                        : texts.get(CaseWords.language(), "responder.outcome." + safetyCase.outcome()));
    }
}
