package org.lighthouse.safety.escalation;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.lighthouse.privacy.PersonalData;
import org.lighthouse.safety.SafetyCase;
import org.lighthouse.safety.SafetyCase.Outcome;
import org.lighthouse.shared.Language;
import org.lighthouse.shared.Texts;
import org.springframework.stereotype.Component;

/**
 * A person's cases. On /delete, every case loses what links it to the person (chat, reference, transcript, notes) and
 * keeps only what aggregate figures need, at once, open cases too: nothing of the conversation reaches the person any
 * more. A responder holding an open case is told, and closes it; a case nobody claimed yet closes by itself.
 */
@Component
class SafetyData implements PersonalData {

    private final CaseStore cases;
    private final CaseDesk desk;
    private final Texts texts;
    private final Clock clock;

    SafetyData(CaseStore cases, CaseDesk desk, Texts texts, Clock clock) {
        this.cases = cases;
        this.desk = desk;
        this.texts = texts;
        this.clock = clock;
    }

    @Override
    public List<String> describe(String person, Language language) {
        long count = cases.countFor(person);
        return count == 0 ? List.of() : List.of(texts.get(language, "privacy.cases", Map.of("count", count)));
    }

    @Override
    public void erase(String person) {
        for (SafetyCase open : cases.forget(person)) {
            if (open.assignee() == null) {
                cases.closeUnclaimed(open.id(), Outcome.NO_CONTACT, clock.instant());
            } else {
                desk.toResponder(open, "erased", "responder.personErased", Map.of("id", open.id()));
            }
        }
    }
}
