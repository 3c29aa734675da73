package org.lighthouse.safety.escalation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.lighthouse.privacy.PersonalData;
import org.lighthouse.safety.SafetyCase;
import org.lighthouse.safety.SafetyCase.Outcome;
import org.lighthouse.shared.Language;
import org.lighthouse.shared.Texts;
import org.springframework.stereotype.Component;

/**
 * A person's cases and recent messages. On /delete, the recent messages go, and every case loses what links it to the
 * person (chat, reference, transcript, notes) and keeps only what aggregate figures need, at once, open cases too:
 * nothing of the conversation reaches the person any more. A responder holding an open case is told, and closes it; a
 * case nobody claimed yet closes by itself.
 */
@Component
class SafetyData implements PersonalData {

    private final CaseStore cases;
    private final CaseDesk desk;
    private final RecentMessages recent;
    private final Texts texts;
    private final Clock clock;

    SafetyData(CaseStore cases, CaseDesk desk, RecentMessages recent, Texts texts, Clock clock) {
        this.cases = cases;
        this.desk = desk;
        this.recent = recent;
        this.texts = texts;
        this.clock = clock;
    }

    @Override
    public List<String> describe(String person, Language language) {
        List<String> kept = new ArrayList<>();
        recent.keptFor(person).ifPresent(messages -> kept.add(texts.get(language, "privacy.recentMessages",
                Map.of("count", messages, "days", recent.windowDays()))));
        long count = cases.countFor(person);
        if (count > 0) {
            kept.add(texts.get(language, "privacy.cases", Map.of("count", count)));
        }
        return kept;
    }

    @Override
    public void erase(String person) {
        recent.forget(person);
        for (SafetyCase open : cases.forget(person)) {
            if (open.assignee() == null) {
                cases.closeUnclaimed(open.id(), Outcome.NO_CONTACT, clock.instant());
            } else {
                desk.toResponder(open, "erased", "responder.personErased", Map.of("id", open.id()));
            }
        }
    }
}
