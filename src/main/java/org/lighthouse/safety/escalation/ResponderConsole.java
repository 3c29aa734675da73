package org.lighthouse.safety.escalation;

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
import org.lighthouse.channel.Reply;
import org.lighthouse.conversation.Turn;
import org.lighthouse.safety.SafetyCase;
import org.lighthouse.safety.SafetyCase.Outcome;
import org.lighthouse.safety.SafetyCase.Referral;
import org.lighthouse.shared.Language;
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
    private final CaseActions actions;
    private final Alerts alerts;
    private final Texts texts;

    ResponderConsole(Responders responders, AlertRoutes routes, CaseStore cases, CaseActions actions, Alerts alerts,
            Texts texts) {
        this.responders = responders;
        this.routes = routes;
        this.cases = cases;
        this.actions = actions;
        this.alerts = alerts;
        this.texts = texts;
    }

    /** Handles a responder's event when it is case work; false lets the bot treat them as anyone else. */
    boolean handle(Turn turn) {
        Inbound in = turn.inbound();
        String responder = responderOf(in);
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
            actions.write(target.get(), responder, in.text(), "r" + in.seq(), CaseActions.TELEGRAM);
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
        String responder = responderOf(turn.inbound());
        if (!responders.isResponder(responder)) {
            turn.tellPresser(Reply.text(text("responder.notResponder", Map.of())));
            return;
        }
        Optional<SafetyCase> claimed = actions.claim(caseId, responder, CaseActions.TELEGRAM);
        if (claimed.isEmpty()) {
            turn.tellPresser(Reply.text(cases.find(caseId).map(c -> text("responder.alreadyTaken", Map.of("id", c.id(),
                    "alias", c.assignee() == null ? "—" : responders.alias(c.assignee()))))
                    .orElse(text("button.stale", Map.of()))));
            return;
        }
        String notice = actions.claimedNotice(claimed.get(), responder);
        if (turn.inbound().group()) {
            turn.reply(Reply.text(notice));
        } else {
            turn.replyInPlace(notice, List.of());
        }
    }

    /** Shows a responder the transcript of one of their cases. */
    void show(Turn turn, String caseId) {
        Optional<SafetyCase> mine = mineOpen(turn, caseId);
        if (mine.isEmpty()) {
            turn.refuseButton();
            return;
        }
        actions.viewedOnTelegram(caseId, responderOf(turn.inbound()));
        turn.replyInPlace(text("responder.using", Map.of("id", caseId, "transcript",
                CaseDesk.transcript(mine.get()))), List.of());
    }

    /** The responder a case was offered to takes it: they get the briefing, the holder and the person are told. */
    void accept(Turn turn, String caseId) {
        if (actions.accept(caseId, responderOf(turn.inbound()), String.valueOf(turn.inbound().seq()),
                CaseActions.TELEGRAM).isEmpty()) {
            turn.refuseButton();
            return;
        }
        turn.replyInPlace(text("responder.accepted", Map.of("id", caseId)), List.of());
    }

    void decline(Turn turn, String caseId) {
        if (actions.decline(caseId, responderOf(turn.inbound()), String.valueOf(turn.inbound().seq()),
                CaseActions.TELEGRAM).isEmpty()) {
            turn.refuseButton();
            return;
        }
        turn.replyInPlace(text("responder.declined", Map.of("id", caseId)), List.of());
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
        if (!valid(Outcome.class, outcome) || !valid(Referral.class, referral)
                || actions.close(caseId, responderOf(turn.inbound()), Outcome.valueOf(outcome), Referral.valueOf(referral),
                        CaseActions.TELEGRAM).isEmpty()) {
            turn.refuseButton();
            return;
        }
        turn.replyInPlace(text("responder.closed", Map.of("id", caseId, "outcome",
                text("responder.outcome." + outcome, Map.of()), "referral",
                text("responder.referral." + referral, Map.of()))), List.of());
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
        actions.note(safetyCase, responder, note, CaseActions.TELEGRAM);
        turn.say("responder.noteSaved", Map.of("id", safetyCase.id()));
    }

    /** Offers the case to another responder, who must accept; until then it stays with the holder. */
    private void offer(Turn turn, SafetyCase safetyCase, String responder, String to) {
        Optional<String> target = responders.byAlias(to).or(() -> Optional.of(to.strip())
                .filter(responders::isResponder));
        Optional<SafetyCase> offered = target.flatMap(t -> actions.offer(safetyCase.id(), responder, t,
                String.valueOf(turn.inbound().seq()), CaseActions.TELEGRAM));
        if (offered.isEmpty()) {
            turn.say("responder.handoverUsage", Map.of("aliases", String.join(", ", responders.ids().stream()
                    .map(responders::alias).toList())));
            return;
        }
        turn.say("responder.offerSent", Map.of("id", safetyCase.id(), "alias", responders.alias(target.get())));
    }

    private void askOutcome(Turn turn, SafetyCase safetyCase) {
        List<List<Button>> rows = Arrays.stream(Outcome.values()).map(o -> List.of(Button.of(
                text("responder.outcome." + o, Map.of()), "s:out:" + safetyCase.id() + ":" + o))).toList();
        turn.reply(Reply.withButtons(text("responder.closeOutcome", Map.of("id", safetyCase.id())), rows));
    }

    private Optional<SafetyCase> mineOpen(Turn turn, String caseId) {
        return cases.find(caseId).filter(c -> c.open() && responderOf(turn.inbound()).equals(c.assignee()));
    }

    private String text(String key, Map<String, ?> values) {
        return texts.get(Language.PRIMARY, key, values);
    }

    private static <E extends Enum<E>> boolean valid(Class<E> type, String name) {
        return Arrays.stream(type.getEnumConstants()).anyMatch(e -> e.name().equals(name));
    }

    /**
     * Who did it, as a responder key: responders work in Telegram, whose user ids they are known by. Anyone on another
     * channel (a Messenger page-scoped id is digits too) is named by their chat's key, which no responder has.
     */
    private static String responderOf(Inbound in) {
        return in.chat().channel() == ChatRef.Channel.TELEGRAM ? in.sender() : in.chat().key();
    }
}
