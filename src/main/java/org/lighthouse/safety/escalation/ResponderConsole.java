package org.lighthouse.safety.escalation;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lighthouse.channel.Button;
import org.lighthouse.channel.ChatRef;
import org.lighthouse.channel.Inbound;
import org.lighthouse.channel.Outbox;
import org.lighthouse.channel.Reply;
import org.lighthouse.conversation.Turn;
import org.lighthouse.safety.escalation.SafetyCase.Entry;
import org.lighthouse.safety.escalation.SafetyCase.Outcome;
import org.lighthouse.safety.escalation.SafetyCase.Referral;
import org.lighthouse.shared.Language;
import org.lighthouse.shared.Redaction;
import org.lighthouse.shared.Texts;
import org.springframework.stereotype.Component;

/**
 * A responder's private chat with the bot, while they have cases: what they type goes to the person of their current
 * case, signed with their alias; {@code /cases}, {@code /note}, {@code /handover} and {@code /close} manage cases.
 */
@Component
class ResponderConsole {

    private final Responders responders;
    private final CaseStore cases;
    private final ResponderDesks desks;
    private final CaseDesk desk;
    private final Outbox outbox;
    private final Texts texts;
    private final Clock clock;

    ResponderConsole(Responders responders, CaseStore cases, ResponderDesks desks, CaseDesk desk, Outbox outbox,
            Texts texts, Clock clock) {
        this.responders = responders;
        this.cases = cases;
        this.desks = desks;
        this.desk = desk;
        this.outbox = outbox;
        this.texts = texts;
        this.clock = clock;
    }

    /** Handles a responder's event when it is case work; false lets the bot treat them as anyone else. */
    boolean handle(Turn turn) {
        String responder = turn.inbound().sender();
        if (!responders.isResponder(responder)) {
            return false;
        }
        Inbound in = turn.inbound();
        if (in.kind() == Inbound.Kind.COMMAND) {
            return command(turn, responder, in.command(), in.commandArgument());
        }
        Optional<SafetyCase> current = current(responder);
        if (current.isEmpty() || in.kind() == Inbound.Kind.BUTTON) {
            return false;
        }
        if (in.kind() == Inbound.Kind.TEXT) {
            desk.fromResponder(current.get(), responder, in.text(), "r" + in.seq());
        } else {
            turn.say("responder.textOnly");
        }
        return true;
    }

    private boolean command(Turn turn, String responder, String command, String argument) {
        Optional<SafetyCase> current = current(responder);
        switch (command) {
            case "cases" -> list(turn, responder);
            case "note" -> current.ifPresentOrElse(c -> note(turn, c, responder, argument), () -> noCase(turn));
            case "handover" -> current.ifPresentOrElse(c -> handOver(turn, c, responder, argument), () -> noCase(turn));
            case "close" -> current.ifPresentOrElse(c -> askOutcome(turn, c), () -> noCase(turn));
            default -> {
                return false;
            }
        }
        return true;
    }

    /** Claims a case from an alert; the first responder wins, others are told who has it. */
    void claim(Turn turn, String caseId) {
        String responder = turn.inbound().sender();
        if (!responders.isResponder(responder)) {
            turn.say("responder.notResponder");
            return;
        }
        Optional<SafetyCase> claimed = cases.claim(caseId, responder, clock.instant());
        if (claimed.isEmpty()) {
            cases.find(caseId).ifPresentOrElse(c -> turn.say("responder.alreadyTaken", Map.of("id", c.id(), "alias",
                    c.assignee() == null ? "—" : responders.alias(c.assignee()))), turn::refuseButton);
            return;
        }
        SafetyCase safetyCase = claimed.get();
        String alias = responders.alias(responder);
        turn.replyInPlace(text("responder.claimed", Map.of("id", caseId, "alias", alias, "level",
                text("responder.level." + safetyCase.level(), Map.of()))), List.of());
        desks.use(responder, caseId);
        brief(safetyCase, responder, "claim");
        desk.toPerson(safetyCase, "claimed", Reply.text(desk.personText(safetyCase, "safety.personHere",
                Map.of("alias", alias))));
    }

    void use(Turn turn, String caseId) {
        String responder = turn.inbound().sender();
        Optional<SafetyCase> mine = cases.find(caseId).filter(c -> c.open() && responder.equals(c.assignee()));
        if (mine.isEmpty()) {
            turn.refuseButton();
            return;
        }
        desks.use(responder, caseId);
        turn.replyInPlace(text("responder.using", Map.of("id", caseId, "transcript", CaseDesk.transcript(mine.get()))),
                List.of());
    }

    void askReferral(Turn turn, String caseId, String outcome) {
        if (mineOpen(turn, caseId).isEmpty() || !valid(Outcome.class, outcome)) {
            turn.refuseButton();
            return;
        }
        List<List<Button>> rows = Arrays.stream(Referral.values()).map(r -> List.of(Button.of(
                text("responder.referral." + r, Map.of()), "s:ref:" + caseId + ":" + outcome + ":" + r))).toList();
        turn.replyInPlace(text("responder.closeReferral", Map.of("id", caseId)), rows);
    }

    void close(Turn turn, String caseId, String outcome, String referral) {
        String responder = turn.inbound().sender();
        if (!valid(Outcome.class, outcome) || !valid(Referral.class, referral)) {
            turn.refuseButton();
            return;
        }
        Optional<SafetyCase> closed = cases.close(caseId, responder, Outcome.valueOf(outcome),
                Referral.valueOf(referral), clock.instant());
        if (closed.isEmpty()) {
            turn.refuseButton();
            return;
        }
        turn.replyInPlace(text("responder.closed", Map.of("id", caseId, "outcome",
                text("responder.outcome." + outcome, Map.of()), "referral",
                text("responder.referral." + referral, Map.of()))), List.of());
        SafetyCase safetyCase = closed.get();
        desk.toPerson(safetyCase, "closed", Reply.withButtons(desk.personText(safetyCase, "safety.closed",
                Map.of("alias", responders.alias(responder))), List.of(List.of(Button.of(
                        desk.personText(safetyCase, "safety.backToMenu", Map.of()), "m:home")))));
    }

    private void list(Turn turn, String responder) {
        List<SafetyCase> mine = cases.claimedBy(responder);
        if (mine.isEmpty()) {
            noCase(turn);
            return;
        }
        List<List<Button>> rows = mine.stream().map(c -> List.of(Button.of(c.id() + " · "
                + text("responder.level." + c.level(), Map.of()), "s:use:" + c.id()))).toList();
        turn.reply(Reply.withButtons(text("responder.cases", Map.of("current", current(responder).map(SafetyCase::id)
                .orElse("—"))), rows));
    }

    private void note(Turn turn, SafetyCase safetyCase, String responder, String note) {
        if (note.isBlank()) {
            turn.say("responder.noteUsage");
            return;
        }
        cases.note(safetyCase.id(), new Entry(responders.alias(responder), Redaction.redact(note), clock.instant()));
        turn.say("responder.noteSaved", Map.of("id", safetyCase.id()));
    }

    private void handOver(Turn turn, SafetyCase safetyCase, String responder, String to) {
        Optional<String> target = responders.byAlias(to).or(() -> Optional.of(to.strip())
                .filter(responders::isResponder));
        Optional<SafetyCase> moved = target.filter(t -> !t.equals(responder))
                .flatMap(t -> cases.handOver(safetyCase.id(), responder, t, clock.instant()));
        if (moved.isEmpty()) {
            turn.say("responder.handoverUsage", Map.of("aliases", String.join(", ", responders.ids().stream()
                    .map(responders::alias).toList())));
            return;
        }
        desks.use(target.get(), safetyCase.id());
        turn.say("responder.handedOver", Map.of("id", safetyCase.id(), "alias", responders.alias(target.get())));
        brief(moved.get(), target.get(), "handover" + turn.inbound().seq());
        desk.toPerson(moved.get(), "handover" + turn.inbound().seq(), Reply.text(desk.personText(moved.get(),
                "safety.handedOver", Map.of("alias", responders.alias(target.get())))));
    }

    private void askOutcome(Turn turn, SafetyCase safetyCase) {
        List<List<Button>> rows = Arrays.stream(Outcome.values()).map(o -> List.of(Button.of(
                text("responder.outcome." + o, Map.of()), "s:out:" + safetyCase.id() + ":" + o))).toList();
        turn.reply(Reply.withButtons(text("responder.closeOutcome", Map.of("id", safetyCase.id())), rows));
    }

    /** Sends the responder what they need to start: level, language, the person's alias for them, the transcript. */
    private void brief(SafetyCase safetyCase, String responder, String key) {
        outbox.send(ChatRef.telegram(Long.parseLong(responder)), "case:" + safetyCase.id() + ":brief:" + key,
                List.of(Reply.text(text("responder.briefing", Map.of("id", safetyCase.id(), "level",
                        text("responder.level." + safetyCase.level(), Map.of()), "language",
                        safetyCase.language().nativeName(), "alias", responders.alias(responder), "context",
                        safetyCase.context(), "transcript", CaseDesk.transcript(safetyCase))))));
    }

    private Optional<SafetyCase> current(String responder) {
        Optional<SafetyCase> chosen = desks.current(responder).flatMap(cases::find)
                .filter(c -> c.open() && responder.equals(c.assignee()));
        return chosen.or(() -> cases.claimedBy(responder).stream().reduce((a, b) -> b));
    }

    private Optional<SafetyCase> mineOpen(Turn turn, String caseId) {
        return cases.find(caseId).filter(c -> c.open() && turn.inbound().sender().equals(c.assignee()));
    }

    private void noCase(Turn turn) {
        turn.say("responder.noCase");
    }

    private String text(String key, Map<String, ?> values) {
        return texts.get(Language.PRIMARY, key, values);
    }

    private static <E extends Enum<E>> boolean valid(Class<E> type, String name) {
        return Arrays.stream(type.getEnumConstants()).anyMatch(e -> e.name().equals(name));
    }
}
