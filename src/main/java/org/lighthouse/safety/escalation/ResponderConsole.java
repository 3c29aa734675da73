package org.lighthouse.safety.escalation;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
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
 * A responder's private chat with the bot while they hold cases. What they type goes to the person of the case it is
 * for: the case named in the message they reply to (every message about a case starts with its id), or their only
 * case. A message that could be for several cases is never guessed: it is refused with a hint. {@code /cases},
 * {@code /note}, {@code /handover} and {@code /close} manage cases, each for the case replied to, named, or only.
 */
@Component
class ResponderConsole {

    private static final Pattern CASE_ID = Pattern.compile("\\bC-[A-Z2-9]{6,8}\\b");

    private final Responders responders;
    private final AlertRoutes routes;
    private final CaseStore cases;
    private final CaseDesk desk;
    private final PersonMessages persons;
    private final Alerts alerts;
    private final Outbox outbox;
    private final Texts texts;
    private final Clock clock;

    ResponderConsole(Responders responders, AlertRoutes routes, CaseStore cases, CaseDesk desk,
            PersonMessages persons, Alerts alerts, Outbox outbox, Texts texts, Clock clock) {
        this.responders = responders;
        this.routes = routes;
        this.cases = cases;
        this.desk = desk;
        this.persons = persons;
        this.alerts = alerts;
        this.outbox = outbox;
        this.texts = texts;
        this.clock = clock;
    }

    /** Handles a responder's event when it is case work; false lets the bot treat them as anyone else. */
    boolean handle(Turn turn) {
        Inbound in = turn.inbound();
        String responder = in.sender();
        if (!responders.isResponder(responder) || in.group()) {
            return false;
        }
        routes.heard(responder);
        if (in.kind() == Inbound.Kind.COMMAND) {
            return command(turn, responder, in.command(), in.commandArgument());
        }
        List<SafetyCase> mine = cases.claimedBy(responder);
        if (mine.isEmpty() || in.kind() == Inbound.Kind.BUTTON) {
            return false;
        }
        Optional<SafetyCase> target = addressed(mine, in.quoted(), null);
        if (target.isEmpty()) {
            whichCase(turn, mine);
        } else if (in.kind() == Inbound.Kind.TEXT) {
            desk.fromResponder(target.get(), responder, in.text(), "r" + in.seq());
        } else {
            turn.say("responder.textOnly");
        }
        return true;
    }

    private boolean command(Turn turn, String responder, String command, String argument) {
        List<SafetyCase> mine = cases.claimedBy(responder);
        Optional<String> named = caseIdIn(argument);
        String rest = named.map(id -> argument.replace(id, "").strip()).orElse(argument);
        Optional<SafetyCase> target = addressed(mine, turn.inbound().quoted(), named.orElse(null));
        switch (command) {
            case "cases" -> list(turn, mine);
            case "note" -> withCase(turn, mine, target, c -> note(turn, c, responder, rest));
            case "handover" -> withCase(turn, mine, target, c -> offer(turn, c, responder, rest));
            case "close" -> withCase(turn, mine, target, c -> askOutcome(turn, c));
            default -> {
                return false;
            }
        }
        return true;
    }

    /** Claims a case from an alert; the first responder wins, anyone else hears privately who has it. */
    void claim(Turn turn, String caseId) {
        String responder = turn.inbound().sender();
        if (!responders.isResponder(responder)) {
            turn.tellPresser(Reply.text(text("responder.notResponder", Map.of())));
            return;
        }
        Optional<SafetyCase> claimed = cases.claim(caseId, responder, clock.instant());
        if (claimed.isEmpty()) {
            turn.tellPresser(Reply.text(cases.find(caseId).map(c -> text("responder.alreadyTaken", Map.of("id", c.id(),
                    "alias", c.assignee() == null ? "—" : responders.alias(c.assignee()))))
                    .orElse(text("button.stale", Map.of()))));
            return;
        }
        SafetyCase safetyCase = claimed.get();
        String alias = responders.alias(responder);
        String notice = text("responder.claimed", Map.of("id", caseId, "alias", alias, "level",
                alerts.level(safetyCase)));
        if (turn.inbound().group()) {
            turn.reply(Reply.text(notice));
        } else {
            turn.replyInPlace(notice, List.of());
        }
        startWith(safetyCase, responder, "claim");
        persons.tell(safetyCase, "claimed", Reply.withButtons(persons.text(safetyCase, "safety.personHere",
                Map.of("alias", alias)), Replies.leaveButton(persons.text(safetyCase, "safety.leaveButton", Map.of()))));
    }

    /** Shows a responder the transcript of one of their cases. */
    void show(Turn turn, String caseId) {
        Optional<SafetyCase> mine = mineOpen(turn, caseId);
        if (mine.isEmpty()) {
            turn.refuseButton();
            return;
        }
        turn.replyInPlace(text("responder.using", Map.of("id", caseId, "transcript",
                CaseDesk.transcript(mine.get()))), List.of());
    }

    /** The responder a case was offered to takes it: they get the briefing, the holder and the person are told. */
    void accept(Turn turn, String caseId) {
        String responder = turn.inbound().sender();
        Optional<String> holder = cases.find(caseId).map(SafetyCase::assignee);
        Optional<SafetyCase> moved = cases.acceptOffer(caseId, responder, clock.instant());
        if (moved.isEmpty() || holder.isEmpty()) {
            turn.refuseButton();
            return;
        }
        SafetyCase safetyCase = moved.get();
        String alias = responders.alias(responder);
        turn.replyInPlace(text("responder.accepted", Map.of("id", caseId)), List.of());
        desk.tellResponder(holder.get(), safetyCase, "handedOver" + turn.inbound().seq(), "responder.handedOver",
                Map.of("id", caseId, "alias", alias));
        startWith(safetyCase, responder, "handover" + turn.inbound().seq());
        persons.tell(safetyCase, "handover" + turn.inbound().seq(), "safety.handedOver", Map.of("alias", alias));
    }

    void decline(Turn turn, String caseId) {
        String responder = turn.inbound().sender();
        Optional<SafetyCase> kept = cases.declineOffer(caseId, responder);
        if (kept.isEmpty()) {
            turn.refuseButton();
            return;
        }
        turn.replyInPlace(text("responder.declined", Map.of("id", caseId)), List.of());
        desk.toResponder(kept.get(), "declined" + turn.inbound().seq(), "responder.offerDeclined",
                Map.of("id", caseId, "alias", responders.alias(responder)));
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
        persons.tell(safetyCase, "closed", Reply.withButtons(persons.text(safetyCase, "safety.closed",
                Map.of("alias", responders.alias(responder))), List.of(List.of(Button.of(
                        persons.text(safetyCase, "safety.backToMenu", Map.of()), "m:home")))));
    }

    /**
     * The case a responder's words are for: the one named (in a command) or in the message they reply to, if it is
     * theirs; otherwise their only case. Never a guess among several.
     */
    private static Optional<SafetyCase> addressed(List<SafetyCase> mine, @Nullable String quoted,
            @Nullable String named) {
        Optional<String> id = Optional.ofNullable(named).or(() -> caseIdIn(quoted));
        if (id.isPresent()) {
            return mine.stream().filter(c -> c.id().equals(id.get())).findFirst();
        }
        return mine.size() == 1 ? Optional.of(mine.get(0)) : Optional.empty();
    }

    private static Optional<String> caseIdIn(@Nullable String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = CASE_ID.matcher(text);
        return m.find() ? Optional.of(m.group()) : Optional.empty();
    }

    private void withCase(Turn turn, List<SafetyCase> mine, Optional<SafetyCase> target,
            java.util.function.Consumer<SafetyCase> action) {
        if (mine.isEmpty()) {
            turn.say("responder.noCase");
        } else if (target.isEmpty()) {
            whichCase(turn, mine);
        } else {
            action.accept(target.get());
        }
    }

    private void whichCase(Turn turn, List<SafetyCase> mine) {
        turn.say("responder.whichCase", Map.of("count", mine.size(), "cases", String.join(", ",
                mine.stream().map(SafetyCase::id).toList())));
    }

    private void list(Turn turn, List<SafetyCase> mine) {
        if (mine.isEmpty()) {
            turn.say("responder.noCase");
            return;
        }
        List<List<Button>> rows = mine.stream().map(c -> List.of(Button.of(c.id() + " · " + alerts.level(c),
                "s:use:" + c.id()))).toList();
        turn.reply(Reply.withButtons(text("responder.cases", Map.of("count", mine.size())), rows));
    }

    private void note(Turn turn, SafetyCase safetyCase, String responder, String note) {
        if (note.isBlank()) {
            turn.say("responder.noteUsage");
            return;
        }
        cases.note(safetyCase.id(), Entry.said(responders.alias(responder), Redaction.redact(note), clock.instant()));
        turn.say("responder.noteSaved", Map.of("id", safetyCase.id()));
    }

    /** Offers the case to another responder, who must accept; until then it stays with the holder. */
    private void offer(Turn turn, SafetyCase safetyCase, String responder, String to) {
        Optional<String> target = responders.byAlias(to).or(() -> Optional.of(to.strip())
                .filter(responders::isResponder)).filter(t -> !t.equals(responder));
        Optional<SafetyCase> offered = target.flatMap(t -> cases.offer(safetyCase.id(), responder, t));
        if (offered.isEmpty()) {
            turn.say("responder.handoverUsage", Map.of("aliases", String.join(", ", responders.ids().stream()
                    .map(responders::alias).toList())));
            return;
        }
        String id = safetyCase.id();
        outbox.send(ChatRef.telegram(Long.parseLong(target.get())), "case:" + id + ":offer" + turn.inbound().seq(),
                List.of(Reply.withButtons(text("responder.offered", Map.of("id", id, "alias",
                        responders.alias(responder), "level", alerts.level(safetyCase))), List.of(List.of(
                                Button.of(text("responder.acceptButton", Map.of()), "s:acc:" + id),
                                Button.of(text("responder.declineButton", Map.of()), "s:dec:" + id))))));
        turn.say("responder.offerSent", Map.of("id", id, "alias", responders.alias(target.get())));
    }

    private void askOutcome(Turn turn, SafetyCase safetyCase) {
        List<List<Button>> rows = Arrays.stream(Outcome.values()).map(o -> List.of(Button.of(
                text("responder.outcome." + o, Map.of()), "s:out:" + safetyCase.id() + ":" + o))).toList();
        turn.reply(Reply.withButtons(text("responder.closeOutcome", Map.of("id", safetyCase.id())), rows));
    }

    /** A responder who just took a case: the briefing, then what the person sent meanwhile that is not text. */
    private void startWith(SafetyCase safetyCase, String responder, String key) {
        desk.tellResponder(responder, safetyCase, "brief:" + key, "responder.briefing", Map.of("id", safetyCase.id(),
                "level", alerts.level(safetyCase), "channel", alerts.channel(safetyCase),
                "language", safetyCase.language().nativeName(), "alias", responders.alias(responder),
                "context", alerts.context(safetyCase), "reasons", alerts.signals(safetyCase),
                "transcript", CaseDesk.transcript(safetyCase)));
        desk.relayEarlierMedia(safetyCase, responder);
    }

    private Optional<SafetyCase> mineOpen(Turn turn, String caseId) {
        return cases.find(caseId).filter(c -> c.open() && turn.inbound().sender().equals(c.assignee()));
    }

    private String text(String key, Map<String, ?> values) {
        return texts.get(Language.PRIMARY, key, values);
    }

    private static <E extends Enum<E>> boolean valid(Class<E> type, String name) {
        return Arrays.stream(type.getEnumConstants()).anyMatch(e -> e.name().equals(name));
    }
}
