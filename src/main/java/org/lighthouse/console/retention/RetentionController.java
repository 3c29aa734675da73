package org.lighthouse.console.retention;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lighthouse.console.web.ConsoleTexts;
import org.lighthouse.shared.Retention;
import org.lighthouse.shared.Retention.Kept;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * "Data kept": every retention setting in force, as each module that deletes by it reports it, with its value and what
 * it means in plain words.
 */
@Controller
class RetentionController {

    private static final Pattern HYPHENATED = Pattern.compile("-([a-z])");

    private final List<Retention> modules;
    private final ConsoleTexts texts;

    RetentionController(List<Retention> modules, ConsoleTexts texts) {
        this.modules = modules;
        this.texts = texts;
    }

    /** A setting as the page shows it. */
    record Row(String setting, String value, String meaning) {
    }

    @GetMapping("/console/admin/retention")
    String page(Model model) {
        model.addAttribute("rows", modules.stream().flatMap(m -> m.kept().stream())
                .sorted(Comparator.comparing(Kept::setting)).map(this::row).toList());
        return "console/admin/retention";
    }

    private Row row(Kept kept) {
        String value = kept.duration() != null ? duration(kept.duration()) : String.valueOf(kept.count());
        return new Row(kept.setting(), value, texts.t(meaningKey(kept.setting()), "value", value));
    }

    /** {@code lighthouse.webchat.keep-for} is explained by {@code console.retention.meaning.webchat.keepFor}. */
    static String meaningKey(String setting) {
        Matcher m = HYPHENATED.matcher(setting.replaceFirst("^lighthouse\\.", ""));
        StringBuilder key = new StringBuilder("console.retention.meaning.");
        while (m.find()) {
            m.appendReplacement(key, m.group(1).toUpperCase(Locale.ROOT));
        }
        return m.appendTail(key).toString();
    }

    /** In the largest whole unit: 30 days, 1 day, 36 hours, 90 minutes, 45 seconds. */
    private String duration(Duration duration) {
        if (duration.toDays() > 0 && duration.equals(Duration.ofDays(duration.toDays()))) {
            return amount("days", duration.toDays());
        }
        if (duration.toHours() > 0 && duration.equals(Duration.ofHours(duration.toHours()))) {
            return amount("hours", duration.toHours());
        }
        if (duration.toMinutes() > 0 && duration.equals(Duration.ofMinutes(duration.toMinutes()))) {
            return amount("minutes", duration.toMinutes());
        }
        return amount("seconds", duration.toSeconds());
    }

    private String amount(String unit, long n) {
        return texts.t("console.retention." + unit + (n == 1 ? ".one" : ".many"), "n", n);
    }
}
