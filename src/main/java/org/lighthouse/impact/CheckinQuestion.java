package org.lighthouse.impact;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.lighthouse.shared.Language;

/**
 * A question of the check-in, with its options in order; exactly one is right.
 *
 * @param prompt the question in each language it was written in (always Vietnamese and English)
 */
record CheckinQuestion(String id, Map<Language, String> prompt, List<Option> options) {

    CheckinQuestion {
        prompt = new EnumMap<>(prompt);
        options = List.copyOf(options);
    }

    /** The question in the language, or in Vietnamese while that language has no text yet. */
    String prompt(Language language) {
        return shown(prompt, language);
    }

    record Option(Map<Language, String> text, boolean right) {

        Option {
            text = new EnumMap<>(text);
        }

        String text(Language language) {
            return shown(text, language);
        }
    }

    private static String shown(Map<Language, String> texts, Language language) {
        return texts.getOrDefault(language, texts.get(Language.PRIMARY));
    }
}
