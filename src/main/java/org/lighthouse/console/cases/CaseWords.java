package org.lighthouse.console.cases;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.lighthouse.shared.Language;
import org.lighthouse.shared.Texts;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Times as a responder reads them at a glance ("4 min", "2 h 5 min", "3 d"), in the console's language. */
@Component("caseWords")
class CaseWords {

    private final Texts texts;

    CaseWords(Texts texts) {
        this.texts = texts;
    }

    public String span(@Nullable Duration duration) {
        if (duration == null) {
            return "—";
        }
        long minutes = Math.max(0, duration.toMinutes());
        if (minutes < 60) {
            return text("console.cases.minutes", minutes);
        }
        if (minutes < 48 * 60) {
            return text("console.cases.hours", minutes / 60) + (minutes % 60 == 0 ? ""
                    : " " + text("console.cases.minutes", minutes % 60));
        }
        return text("console.cases.days", minutes / (24 * 60));
    }

    private String text(String key, long n) {
        return texts.get(language(), key, Map.of("n", n));
    }

    static Language language() {
        Locale locale = LocaleContextHolder.getLocale();
        return Language.ofCode(locale.getLanguage()).orElse(Language.PRIMARY);
    }
}
