package org.lighthouse.safety.escalation;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.lighthouse.channel.Button;
import org.lighthouse.channel.Reply;
import org.lighthouse.safety.CaseDescription;
import org.lighthouse.safety.SafetyCase;
import org.lighthouse.shared.Language;
import org.lighthouse.shared.Texts;
import org.springframework.stereotype.Component;

/**
 * The words of alerts, as responders read them at a glance in Vietnamese: level, channel, language, how long the case
 * has waited, how it opened, what the person was doing, the signals found, the last message, and a Claim button. One
 * case gets the whole card; several waiting at once share one message, a short block and a button each.
 */
@Component
class Alerts {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));
    private static final int SHORT_MESSAGE = 120;
    /** Cases shown with their level, channel and last words; the rest of a long list by id, to fit one message. */
    private static final int DETAILED = 10;

    private final Texts texts;
    private final Clock clock;

    Alerts(Texts texts, Clock clock) {
        this.texts = texts;
        this.clock = clock;
    }

    /**
     * One message announcing the cases, each with its Claim button; each item says whether its case was announced
     * before. At most {@link AlertBoard#MOST_PER_MESSAGE} items, so that the message fits Telegram's limits.
     */
    Reply announce(List<Item> items) {
        if (items.size() == 1) {
            Item only = items.get(0);
            String card = card(only.safetyCase());
            return Reply.withButtons(only.reminder() ? text("responder.reminder", Map.of("ago",
                    minutes(only.safetyCase()))) + "\n" + card : card, List.of(List.of(claim(only.safetyCase()))));
        }
        StringBuilder out = new StringBuilder(text("responder.waiting", Map.of("count", items.size())));
        List<List<Button>> buttons = new ArrayList<>();
        for (Item item : items.subList(0, Math.min(DETAILED, items.size()))) {
            out.append("\n\n").append(item.reminder() ? "⏰ " : "").append(line(item.safetyCase()));
        }
        if (items.size() > DETAILED) {
            out.append("\n\n").append(text("responder.more", Map.of("count", items.size() - DETAILED, "cases",
                    items.subList(DETAILED, items.size()).stream().map(item -> item.safetyCase().id())
                            .collect(Collectors.joining(", ")))));
        }
        items.forEach(item -> buttons.add(List.of(claim(item.safetyCase()))));
        return Reply.withButtons(out.toString(), buttons);
    }

    /** A case to announce. */
    record Item(SafetyCase safetyCase, boolean reminder) {
    }

    /** The level of a case as responders read it. */
    String level(SafetyCase safetyCase) {
        return describe(safetyCase, Language.PRIMARY).level();
    }

    String channel(SafetyCase safetyCase) {
        return describe(safetyCase, Language.PRIMARY).channel();
    }

    String context(SafetyCase safetyCase) {
        return describe(safetyCase, Language.PRIMARY).context();
    }

    String signals(SafetyCase safetyCase) {
        return describe(safetyCase, Language.PRIMARY).signals();
    }

    /** A case's level, channel, context, trigger and signals in words of the language. */
    CaseDescription describe(SafetyCase safetyCase, Language language) {
        return new CaseDescription(texts.get(language, "responder.level." + safetyCase.level()),
                channel(safetyCase, language), context(safetyCase, language),
                texts.get(language, "responder.trigger." + safetyCase.trigger()), signals(safetyCase, language));
    }

    /** What the person was doing when the case opened, in words: the step's first part names the feature. */
    private String context(SafetyCase safetyCase, Language language) {
        String feature = safetyCase.context().split("\\.", 2)[0];
        String key = "responder.context." + feature;
        return texts.get(language, texts.has(language, key) ? key : "responder.context.other");
    }

    /** The signals found, in words; each is looked up under {@code responder.reason.<words-joined-by-dashes>}. */
    private String signals(SafetyCase safetyCase, Language language) {
        if (safetyCase.reasons() == null || safetyCase.reasons().isBlank()) {
            return "—";
        }
        return Arrays.stream(safetyCase.reasons().split(",\\s*")).map(reason -> signal(reason, language))
                .collect(Collectors.joining(", "));
    }

    private String signal(String reason, Language language) {
        String key = reasonKey(reason);
        return texts.has(language, key) ? texts.get(language, key) : reason.strip();
    }

    /** The text key of a triage signal: {@code documents taken} is {@code responder.reason.documents-taken}. */
    static String reasonKey(String reason) {
        return "responder.reason." + reason.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }

    private String channel(SafetyCase safetyCase, Language language) {
        String key = "responder.channel." + safetyCase.chat().split(":", 2)[0];
        return texts.has(language, key) ? texts.get(language, key) : "—";
    }

    private String card(SafetyCase safetyCase) {
        return text("responder.alert", Map.ofEntries(Map.entry("level", level(safetyCase)),
                Map.entry("id", safetyCase.id()), Map.entry("person", safetyCase.person()),
                Map.entry("channel", channel(safetyCase)), Map.entry("language", safetyCase.language().nativeName()),
                Map.entry("opened", TIME.format(safetyCase.openedAt())), Map.entry("ago", minutes(safetyCase)),
                Map.entry("context", context(safetyCase)),
                Map.entry("trigger", describe(safetyCase, Language.PRIMARY).trigger()),
                Map.entry("reasons", signals(safetyCase)),
                Map.entry("last", lastWords(safetyCase, Integer.MAX_VALUE))));
    }

    private String line(SafetyCase safetyCase) {
        return text("responder.line", Map.of("level", level(safetyCase), "id", safetyCase.id(),
                "channel", channel(safetyCase), "language", safetyCase.language().nativeName(),
                "ago", minutes(safetyCase), "trigger", describe(safetyCase, Language.PRIMARY).trigger(),
                "last", lastWords(safetyCase, SHORT_MESSAGE)));
    }

    private Button claim(SafetyCase safetyCase) {
        return Button.of(text("responder.claimButton", Map.of("id", safetyCase.id())), "s:claim:" + safetyCase.id());
    }

    private static String lastWords(SafetyCase safetyCase, int most) {
        String last = safetyCase.lastFromPerson().map(SafetyCase.Entry::text).orElse("—");
        return last.length() <= most ? last : last.substring(0, most - 1) + "…";
    }

    private long minutes(SafetyCase safetyCase) {
        return Duration.between(safetyCase.openedAt(), clock.instant()).toMinutes();
    }

    private String text(String key, Map<String, ?> values) {
        return texts.get(Language.PRIMARY, key, values);
    }
}
