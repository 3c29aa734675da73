package org.lighthouse.safety.escalation;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.lighthouse.channel.Button;
import org.lighthouse.channel.ChatRef;
import org.lighthouse.channel.Outbox;
import org.lighthouse.channel.Reply;
import org.lighthouse.conversation.Turn;
import org.lighthouse.safety.SafetySettings;
import org.lighthouse.shared.Redaction;
import org.lighthouse.safety.TriageResult.Level;
import org.lighthouse.shared.Language;
import org.lighthouse.shared.Texts;
import org.lighthouse.safety.escalation.SafetyCase.Entry;
import org.lighthouse.safety.escalation.SafetyCase.Trigger;
import org.springframework.stereotype.Component;

/**
 * Opens cases and carries messages between a person and their responder. Everything written to a case is redacted
 * first; everything sent goes through the outbox, keyed so that handling the same event twice sends it once.
 */
@Component
public class CaseDesk {

    static final String PERSON = "person";
    static final String BOT = "bot";

    private final CaseStore cases;
    private final Pseudonyms pseudonyms;
    private final Alerts alerts;
    private final Responders responders;
    private final Outbox outbox;
    private final Texts texts;
    private final SafetySettings settings;
    private final Clock clock;

    CaseDesk(CaseStore cases, Pseudonyms pseudonyms, Alerts alerts, Responders responders, Outbox outbox, Texts texts,
            SafetySettings settings, Clock clock) {
        this.cases = cases;
        this.pseudonyms = pseudonyms;
        this.alerts = alerts;
        this.responders = responders;
        this.outbox = outbox;
        this.texts = texts;
        this.settings = settings;
        this.clock = clock;
    }

    public Optional<SafetyCase> openFor(Turn turn) {
        return cases.openFor(turn.chat().key());
    }

    /**
     * Opens a case for the person of this turn and alerts the responders. The case id comes from the event, so the
     * same event handled again (after a crash) finds the same case instead of opening a second.
     */
    public SafetyCase open(Turn turn, Level level, Trigger trigger, @Nullable String reasons, @Nullable String message) {
        String chat = turn.chat().key();
        String id = "C-" + pseudonyms.code(chat + "#" + turn.inbound().seq(), 6);
        List<Entry> transcript = message == null ? List.of()
                : List.of(new Entry(PERSON, Redaction.redact(message), clock.instant()));
        SafetyCase opened = cases.open(SafetyCase.opened(id, chat, pseudonyms.of(chat), level, trigger, turn.step(),
                turn.language(), reasons, transcript, clock.instant()));
        if (opened.alertedAt() == null) {
            alerts.announce(opened);
        }
        return opened;
    }

    /** A message from the person: kept in the case, and passed to the responder once someone has the case. */
    public SafetyCase fromPerson(SafetyCase safetyCase, Turn turn, String text) {
        SafetyCase updated = cases.say(safetyCase.id(), new Entry(PERSON, Redaction.redact(text), clock.instant()),
                settings.transcriptSize()).orElse(safetyCase);
        if (updated.assignee() != null) {
            toResponder(updated, "u" + turn.inbound().seq(), "responder.fromPerson",
                    Map.of("id", updated.id(), "text", text));
        }
        return updated;
    }

    /** Keeps in the transcript what the bot told the person. */
    void botSaid(SafetyCase safetyCase, String text) {
        cases.say(safetyCase.id(), new Entry(BOT, text, clock.instant()), settings.transcriptSize());
    }

    /** A message from the responder to the person, signed with the responder's alias. */
    void fromResponder(SafetyCase safetyCase, String responder, String text, String key) {
        String alias = responders.alias(responder);
        cases.say(safetyCase.id(), new Entry(alias, Redaction.redact(text), clock.instant()), settings.transcriptSize());
        List<List<Button>> rejoin = safetyCase.userLeft()
                ? List.of(List.of(Button.of(personText(safetyCase, "safety.reply", Map.of()), "s:talk")))
                : List.of();
        toPerson(safetyCase, key, Reply.withButtons(personText(safetyCase, "safety.fromResponder",
                Map.of("alias", alias, "text", text)), rejoin));
    }

    void toPerson(SafetyCase safetyCase, String key, Reply reply) {
        outbox.send(ChatRef.parse(safetyCase.chat()), "case:" + safetyCase.id() + ":" + key, List.of(reply));
    }

    void toResponder(SafetyCase safetyCase, String key, String textKey, Map<String, ?> values) {
        String responder = safetyCase.assignee();
        if (responder != null) {
            outbox.send(ChatRef.telegram(Long.parseLong(responder)), "case:" + safetyCase.id() + ":" + key,
                    List.of(Reply.text(texts.get(Language.PRIMARY, textKey, values))));
        }
    }

    /** A text for the person of a case, in their language. */
    String personText(SafetyCase safetyCase, String key, Map<String, ?> values) {
        return texts.get(safetyCase.language(), key, values);
    }

    /** The case's transcript as a responder reads it: who, when, what. */
    static String transcript(SafetyCase safetyCase) {
        StringBuilder out = new StringBuilder();
        for (Entry entry : safetyCase.transcript()) {
            out.append(out.isEmpty() ? "" : "\n").append(entry.from().equals(PERSON) ? "👤" : "🤝 " + entry.from())
                    .append(": ").append(entry.text());
        }
        return out.isEmpty() ? "—" : out.toString();
    }
}
