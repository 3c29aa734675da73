package org.lighthouse.shared;

import java.util.Arrays;
import java.util.Optional;

/** The languages Lighthouse speaks. Vietnamese is primary: a text missing in another language falls back to it. */
public enum Language {
    VI("vi", "Tiếng Việt"),
    EN("en", "English"),
    HMN("hmn", "Hmoob");

    private final String code;
    private final String nativeName;

    Language(String code, String nativeName) {
        this.code = code;
        this.nativeName = nativeName;
    }

    public static final Language PRIMARY = VI;

    public String code() {
        return code;
    }

    /** The language's name in itself, as shown on the language buttons. */
    public String nativeName() {
        return nativeName;
    }

    public static Optional<Language> ofCode(String code) {
        return Arrays.stream(values()).filter(l -> l.code.equalsIgnoreCase(code)).findFirst();
    }
}
