package org.lighthouse.console.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import org.lighthouse.console.accounts.ConsoleSettings;
import org.lighthouse.shared.Language;
import org.lighthouse.shared.Texts;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The console's texts in templates, in the reader's language, from {@code locales/<language>/console*.yml}.
 *
 * <p>A text without values: {@code th:text="#{console.login.title}"} (the message source reads the same files). A text
 * with named values ({@code "Hello {name}"}): {@code th:text="${@consoleTexts.t('console.hello', 'name', me.alias())}"}
 * with one or two name/value pairs, or {@code ${@consoleTexts.text('console.hello', map)}} with a map. Values are
 * escaped like any {@code th:text}. Times: {@code ${@consoleTexts.time(instant)}}.
 */
@Component("consoleTexts")
public class ConsoleTexts {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

    private final Texts texts;
    private final ZoneId zone;

    ConsoleTexts(Texts texts, ConsoleSettings settings) {
        this.texts = texts;
        this.zone = settings.zone();
    }

    /** A moment as staff read it: {@code 31/01/2026 17:05:09}, in Vietnam's time. */
    public String time(Instant instant) {
        return TIME.format(instant.atZone(zone));
    }

    public String t(String key) {
        return text(key, Map.of());
    }

    public String t(String key, String name, Object value) {
        return text(key, Map.of(name, value));
    }

    public String t(String key, String name1, Object value1, String name2, Object value2) {
        return text(key, Map.of(name1, value1, name2, value2));
    }

    public String text(String key, Map<String, ?> values) {
        return texts.get(language(LocaleContextHolder.getLocale()), key, values);
    }

    /** The console's language for a locale: English or Vietnamese (the console has no H'mong texts). */
    public static Language language(Locale locale) {
        return "en".equals(locale.getLanguage()) ? Language.EN : Language.VI;
    }
}
