package org.lighthouse.safety.escalation;

import java.util.List;
import java.util.Map;
import org.lighthouse.privacy.PersonalData;
import org.lighthouse.shared.Language;
import org.lighthouse.shared.Texts;
import org.springframework.stereotype.Component;

/**
 * A person's cases. On /delete, closed cases lose everything that links them to the person (chat, reference,
 * transcript, notes) and keep only what aggregate figures need; an open case is anonymised when it closes, so that
 * a responder who is helping right now does not lose the conversation.
 */
@Component
class SafetyData implements PersonalData {

    private final CaseStore cases;
    private final Texts texts;

    SafetyData(CaseStore cases, Texts texts) {
        this.cases = cases;
        this.texts = texts;
    }

    @Override
    public List<String> describe(String person, Language language) {
        long count = cases.countFor(person);
        return count == 0 ? List.of() : List.of(texts.get(language, "privacy.cases", Map.of("count", count)));
    }

    @Override
    public void erase(String person) {
        cases.anonymiseClosed(person);
        cases.eraseOnClose(person);
    }
}
