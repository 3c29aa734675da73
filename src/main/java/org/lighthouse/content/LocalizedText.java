package org.lighthouse.content;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.lighthouse.shared.Language;

/** A text of the content in each language it was written in. */
public record LocalizedText(Map<Language, String> byLanguage) {

    public LocalizedText {
        byLanguage = byLanguage.isEmpty() ? Map.of() : new EnumMap<>(byLanguage);
    }

    public Optional<String> in(Language language) {
        return Optional.ofNullable(byLanguage.get(language));
    }

    /** The text in the language, or the Vietnamese text when that language has none yet. */
    public Shown show(Language language) {
        String own = byLanguage.get(language);
        return own != null ? new Shown(own, false) : new Shown(byLanguage.getOrDefault(Language.PRIMARY, ""), true);
    }

    /** A text as shown to a learner: {@code fallback} when it is the Vietnamese text standing in for a missing one. */
    public record Shown(String text, boolean fallback) {
    }
}
