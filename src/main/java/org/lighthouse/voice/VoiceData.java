package org.lighthouse.voice;

import java.util.List;
import java.util.Map;
import org.lighthouse.privacy.PersonalData;
import org.lighthouse.shared.Language;
import org.lighthouse.shared.Texts;
import org.springframework.stereotype.Component;

/**
 * The recordings a staff member made are their voice: {@code /mydata} counts them, and {@code /delete} deletes them
 * (the cards are then shown without voice until someone records them again).
 */
@Component
class VoiceData implements PersonalData {

    private final VoiceStore store;
    private final Texts texts;

    VoiceData(VoiceStore store, Texts texts) {
        this.store = store;
        this.texts = texts;
    }

    @Override
    public List<String> describe(String person, Language language) {
        int count = store.recordedBy(person).size();
        return count == 0 ? List.of() : List.of(texts.get(language, "record.kept", Map.of("count", count)));
    }

    @Override
    public void erase(String person) {
        store.recordedBy(person).forEach(store::delete);
    }
}
