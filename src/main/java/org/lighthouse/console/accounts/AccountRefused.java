package org.lighthouse.console.accounts;

import java.util.Map;
import org.lighthouse.shared.Language;
import org.lighthouse.shared.Texts;

/**
 * A change to accounts that the rules refuse (a weak password, a login taken...). It names the interface text that
 * says why, so the console shows it in the reader's language and the command line in English.
 */
public class AccountRefused extends RuntimeException {

    private final String key;
    private final Map<String, ?> values;

    public AccountRefused(String key, Map<String, ?> values) {
        super(key + " " + values);
        this.key = key;
        this.values = values;
    }

    public AccountRefused(String key) {
        this(key, Map.of());
    }

    public String key() {
        return key;
    }

    public Map<String, ?> values() {
        return values;
    }

    public String text(Texts texts, Language language) {
        return texts.get(language, key, values);
    }
}
