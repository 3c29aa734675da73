package org.lighthouse.safety.escalation;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.lighthouse.channel.Button;
import org.lighthouse.channel.ChatRef;
import org.lighthouse.channel.Delivered;
import org.lighthouse.channel.DeliveryFailed;
import org.lighthouse.channel.Inbound;
import org.lighthouse.channel.Outbox;
import org.lighthouse.channel.Reply;
import org.lighthouse.conversation.Turn;
import org.lighthouse.safety.SafetyCase;
import org.lighthouse.safety.SafetyCase.Entry;
import org.lighthouse.safety.SafetyCase.Trigger;
import org.lighthouse.safety.SafetySettings;
import org.lighthouse.safety.TriageResult.Level;
import org.lighthouse.safety.Written;
import org.lighthouse.shared.Language;
import org.lighthouse.shared.Redaction;
import org.lighthouse.shared.Texts;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Opens cases and carries messages between a person and their responder. Everything written to a case is redacted
 * first; everything sent goes through the outbox, keyed so that handling the same event twice sends it once.
 */
@Component
public class CaseDesk {

    private static final String MEDIA = ":media";

    private final CaseStore cases;
    private final Pseudonyms pseudonyms;
    private final AlertRoutes routes;
    private final AlertBoard board;
    private final PersonMessages persons;
    private final Responders responders;
    private final Outbox outbox;
    private final Texts texts;
    private final SafetySettings settings;
    private final Clock clock;

    CaseDesk(CaseStore cases, Pseudonyms pseudonyms, AlertRoutes routes, AlertBoard board, PersonMessages persons,
            Responders responders, Outbox outbox, Texts texts, SafetySettings settings, Clock clock) {
        this.cases = cases;
        this.pseudonyms = pseudonyms;
        this.routes = routes;
        this.board = board;
        this.persons = persons;
        this.responders = responders;
        this.outbox = outbox;
        this.texts = texts;
        this.settings = settings;
        this.clock = clock;
    }

    public Optional<SafetyCase> openFor(Turn turn) {
        return cases.openFor(turn.chat().key());
    }

    /** Whether a case opened now would reach a responder; if not, nobody may be promised one. */
    boolean canAlert() {
        return routes.canAlert();
    }

    /**
     * Opens a case for the person of this turn and announces it to the responders; handling the same event again
     * finds the case it opened. Empty when no responder can be alerted: then no case opens, and the caller gives the
     * numbers to call instead of a promise.
     */
    Optional<SafetyCase> open(Turn turn, Level level, Trigger trigger, @Nullable String reasons,
            @Nullable String message) {
        return open(turn.inbound(), turn.step(), turn.language(), level, trigger, reasons, message);
    }

    /**
     * As {@link #open(Turn, Level, Trigger, String, String)}, with the person's recent messages, redacted already,
     * that led to the case: the responder reads how the conversation came to danger.
     */
    Optional<SafetyCase> open(Turn turn, Level level, Trigger trigger, String reasons, List<Written> conversation) {
        return open(turn.inbound(), turn.step(), turn.language(), level, trigger, reasons, conversation.stream()
                .map(said -> Entry.said(Entry.PERSON, said.text(), said.at())).toList());
    }

    /** As {@link #open(Turn, Level, Trigger, String, String)}, for an event handled outside a turn. */
    Optional<SafetyCase> open(Inbound event, String context, Language language, Level level, Trigger trigger,
            @Nullable String reasons, @Nullable String message) {
        return open(event, context, language, level, trigger, reasons, message == null ? List.of()
                : List.of(Entry.said(Entry.PERSON, Redaction.redact(message), clock.instant())));
    }

    private Optional<SafetyCase> open(Inbound event, String context, Language language, Level level, Trigger trigger,
            @Nullable String reasons, List<Entry> transcript) {
        if (!routes.canAlert()) {
            return Optional.empty();
        }
        String chat = event.chat().key();
        SafetyCase opened = cases.open(SafetyCase.opened(Pseudonyms.caseId(), event.key(), chat, pseudonyms.of(chat),
                level, trigger, context, language, reasons, transcript, clock.instant()));
        board.announceDue();
        return Optional.of(opened);
    }

    /** A message from the person: kept in the case, and passed to the responder once someone has the case. */
    SafetyCase fromPerson(SafetyCase safetyCase, Inbound event, String text) {
        SafetyCase updated = cases.say(safetyCase.id(), Entry.of(Entry.PERSON, Redaction.redact(text),
                clock.instant(), null, event.key()), settings.transcriptSize()).orElse(safetyCase);
        if (updated.assignee() != null) {
            toResponder(updated, "u" + event.seq(), "responder.fromPerson", Map.of("id", updated.id(), "text", text));
        }
        return updated;
    }

    /**
     * A voice note, photo, location or other non-text the person sent: the responder gets the message itself, passed
     * on by the channel; the case keeps only what kind of thing it was (never a location's coordinates) and the
     * message's id, to pass it on to a responder who claims the case later.
     */
    SafetyCase fromPersonMedia(SafetyCase safetyCase, Turn turn) {
        Inbound in = turn.inbound();
        String shown = attachmentWords(in.attachment()) + (in.text() == null ? "" : " " + in.text());
        SafetyCase updated = cases.say(safetyCase.id(), Entry.of(Entry.PERSON, Redaction.redact(shown),
                clock.instant(), in.messageRef(), in.key()), settings.transcriptSize()).orElse(safetyCase);
        if (updated.assignee() != null && in.messageRef() != null) {
            relayMedia(updated, updated.assignee(), "u" + in.seq(), shown, in.messageRef());
        }
        return updated;
    }

    /** Passes on to a responder who just took the case what the person sent meanwhile that is not text. */
    void relayEarlierMedia(SafetyCase safetyCase, String responder) {
        safetyCase.transcript().stream().filter(e -> e.ref() != null && e.from().equals(Entry.PERSON))
                .forEach(e -> relayMedia(safetyCase, responder, "early" + e.ref(), e.text(), e.ref()));
    }

    private void relayMedia(SafetyCase safetyCase, String responder, String key, String shown, String messageRef) {
        responders.telegramChat(responder).ifPresent(chat -> outbox.send(chat, "case:" + safetyCase.id() + MEDIA + key,
                List.of(Reply.text(text("responder.fromPerson", Map.of("id", safetyCase.id(), "text", shown))),
                        Reply.copyOf(ChatRef.parse(safetyCase.chat()), messageRef))));
    }

    /**
     * A voice note, photo or location the channel could not pass on: the responder hears so, and what to do. A
     * responder's words the channel refused show as failed in the transcript.
     */
    @EventListener
    void on(DeliveryFailed failure) {
        String id = failure.messageId();
        if (!id.startsWith("case:")) {
            return;
        }
        if (!id.contains(MEDIA)) {
            delivery(id, SafetyCase.Delivery.FAILED);
            return;
        }
        cases.find(id.substring("case:".length(), id.indexOf(MEDIA))).filter(c -> c.assignee() != null)
                .ifPresent(c -> toResponder(c, "lost" + id.hashCode(), "responder.notRelayed", Map.of("id", c.id(),
                        "reason", failure.reason())));
    }

    /** A responder's words the channel took show as delivered in the transcript. */
    @EventListener
    void on(Delivered delivered) {
        if (delivered.messageId().startsWith("case:")) {
            delivery(delivered.messageId(), SafetyCase.Delivery.DELIVERED);
        }
    }

    private void delivery(String messageId, SafetyCase.Delivery delivery) {
        String key = messageId.substring(0, messageId.lastIndexOf('#') < 0 ? messageId.length()
                : messageId.lastIndexOf('#'));
        int end = key.indexOf(':', "case:".length());
        if (end > 0) {
            cases.delivery(key.substring("case:".length(), end), key, delivery);
        }
    }

    /**
     * A message from the responder to the person, signed with the responder's alias; kept in the transcript as sending
     * until the channel takes it. False when the person deleted their data and nothing reaches them.
     */
    boolean fromResponder(SafetyCase safetyCase, String responder, String text, String key) {
        String alias = responders.alias(responder);
        if (safetyCase.personGone()) {
            toResponder(safetyCase, key, "responder.personGone", Map.of("id", safetyCase.id()));
            return false;
        }
        cases.say(safetyCase.id(), Entry.sent(alias, Redaction.redact(text), clock.instant(),
                "case:" + safetyCase.id() + ":" + key), settings.transcriptSize());
        List<List<Button>> rejoin = safetyCase.userLeft()
                ? List.of(List.of(Button.of(persons.text(safetyCase, "safety.reply", Map.of()), "s:talk")))
                : List.of();
        // a person's words: a channel that limits the bot's own messages may still carry them (Messenger's HUMAN_AGENT)
        persons.relay(safetyCase, key, Reply.withButtons(persons.text(safetyCase, "safety.fromResponder",
                Map.of("alias", alias, "text", text)), rejoin).byHuman());
        return true;
    }

    /** Tells the responder who holds the case, if anyone does. */
    void toResponder(SafetyCase safetyCase, String key, String textKey, Map<String, ?> values) {
        String responder = safetyCase.assignee();
        if (responder != null) {
            tellResponder(responder, safetyCase, key, textKey, values);
        }
    }

    /** Tells a responder on Telegram; one who works only in the console reads it all there. */
    void tellResponder(String responder, SafetyCase safetyCase, String key, String textKey, Map<String, ?> values) {
        responders.telegramChat(responder).ifPresent(chat -> outbox.send(chat, "case:" + safetyCase.id() + ":" + key,
                List.of(Reply.text(text(textKey, values)))));
    }

    private String attachmentWords(Inbound.@Nullable Attachment attachment) {
        return "[" + text("responder.attachment." + (attachment == null ? Inbound.Attachment.OTHER : attachment),
                Map.of()) + "]";
    }

    private String text(String key, Map<String, ?> values) {
        return texts.get(Language.PRIMARY, key, values);
    }

    /** The case's transcript as a responder reads it: who, what. */
    static String transcript(SafetyCase safetyCase) {
        StringBuilder out = new StringBuilder();
        for (Entry entry : safetyCase.transcript()) {
            String who = switch (entry.from()) {
                case Entry.PERSON -> "👤";
                case Entry.BOT -> "🤖";
                default -> "🤝 " + entry.from();
            };
            out.append(out.isEmpty() ? "" : "\n").append(who).append(": ").append(entry.text());
        }
        return out.isEmpty() ? "—" : out.toString();
    }
}
