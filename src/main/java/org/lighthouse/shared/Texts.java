package org.lighthouse.shared;

import java.util.Map;

/**
 * Interface texts by key and language, from {@code locales/}. A text missing in a language falls back to Vietnamese.
 * Placeholders are written {@code {name}}.
 */
public interface Texts {

    String get(Language language, String key, Map<String, ?> values);

    default String get(Language language, String key) {
        return get(language, key, Map.of());
    }

    /** Whether the language has its own text for the key (rather than the Vietnamese fallback). */
    boolean has(Language language, String key);
}
