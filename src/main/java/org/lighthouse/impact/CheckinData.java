package org.lighthouse.impact;

import java.util.ArrayList;
import java.util.List;
import org.lighthouse.privacy.PersonalData;
import org.lighthouse.shared.Language;
import org.lighthouse.shared.Texts;
import org.springframework.stereotype.Component;

/**
 * The person's check-in record: shown with whether it holds a pairing key, and deleted on request with the key. The
 * answers stay, since nothing in them leads back to the person.
 */
@Component
class CheckinData implements PersonalData {

    private final Checkins checkins;
    private final Texts texts;

    CheckinData(Checkins checkins, Texts texts) {
        this.checkins = checkins;
        this.texts = texts;
    }

    @Override
    public List<String> describe(String person, Language language) {
        List<String> lines = new ArrayList<>();
        checkins.find(person).ifPresent(c -> {
            lines.add(texts.get(language, "checkin.privacy.answers"));
            lines.add(texts.get(language, c.pair() != null ? "checkin.privacy.key" : "checkin.privacy.noKey"));
        });
        return lines;
    }

    @Override
    public void erase(String person) {
        checkins.erase(person);
    }
}
