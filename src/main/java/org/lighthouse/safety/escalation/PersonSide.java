package org.lighthouse.safety.escalation;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.lighthouse.channel.Inbound;
import org.lighthouse.conversation.Turn;
import org.lighthouse.safety.Triage;
import org.lighthouse.safety.TriageResult;
import org.lighthouse.safety.TriageResult.Level;
import org.springframework.stereotype.Component;

/**
 * A young person whose case is open: what they write goes to the case (and the responder), still triaged, and the
 * bot's own lessons and menus are quiet; only {@code /exit} and the safe word act.
 */
@Component
class PersonSide {

    static final String EXIT = "exit";
    private static final Duration REASSURE_EVERY = Duration.ofMinutes(3);

    private final CaseDesk desk;
    private final CaseStore cases;
    private final Alerts alerts;
    private final Triage triage;
    private final Replies replies;
    private final Clock clock;

    PersonSide(CaseDesk desk, CaseStore cases, Alerts alerts, Triage triage, Replies replies, Clock clock) {
        this.desk = desk;
        this.cases = cases;
        this.alerts = alerts;
        this.triage = triage;
        this.replies = replies;
        this.clock = clock;
    }

    /** Handles the event; false only for the safety net's own buttons, which go on to their handler. */
    boolean handle(Turn turn, SafetyCase safetyCase) {
        Inbound in = turn.inbound();
        switch (in.kind()) {
            case COMMAND -> {
                if (in.command().equals(EXIT)) {
                    leave(turn, safetyCase);
                } else {
                    turn.say("safety.inConversation");
                }
            }
            case BUTTON -> {
                if (in.data() != null && in.data().startsWith("s:")) {
                    return false;
                }
                turn.say("safety.inConversation");
            }
            case TEXT, EDITED_TEXT -> write(turn, safetyCase, in.text());
            case MEDIA -> turn.say("safety.textOnly");
            case PRIVATE_DATA -> turn.say("safety.noLocationRelay");
            default -> { }
        }
        return true;
    }

    private void write(Turn turn, SafetyCase safetyCase, String text) {
        TriageResult result = triage.assess(text, turn.language());
        boolean danger = triage.isSafeWord(text) || result.level() == Level.URGENT;
        SafetyCase updated = desk.fromPerson(safetyCase, turn, text);
        if (danger) {
            replies.urgent(turn, text);
            if (updated.level() != Level.URGENT) {
                updated = cases.raise(updated.id(), Level.URGENT, String.join(", ", result.reasons())).orElse(updated);
            }
            if (updated.assignee() == null) {
                alerts.announce(updated);
            }
        } else if (updated.assignee() == null && reassureDue(updated)) {
            turn.say("safety.waiting");
            desk.botSaid(updated, turn.text("safety.waiting"));
        }
    }

    private boolean reassureDue(SafetyCase safetyCase) {
        return safetyCase.transcript().stream().filter(e -> e.from().equals(CaseDesk.BOT)).reduce((a, b) -> b)
                .map(e -> e.at().plus(REASSURE_EVERY).isBefore(clock.instant())).orElse(true);
    }

    private void leave(Turn turn, SafetyCase safetyCase) {
        cases.userLeft(safetyCase.id(), true);
        desk.toResponder(safetyCase, "left" + turn.inbound().seq(), "responder.personLeft",
                Map.of("id", safetyCase.id()));
        turn.say("safety.left");
        turn.showMenu();
    }
}
