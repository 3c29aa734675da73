package org.lighthouse.safety.escalation;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lighthouse.channel.Inbound;
import org.lighthouse.channel.Reply;
import org.lighthouse.conversation.Turn;
import org.lighthouse.safety.SafetyCase;
import org.lighthouse.safety.Triage;
import org.lighthouse.safety.TriageResult;
import org.lighthouse.safety.TriageResult.Level;
import org.lighthouse.safety.Written;
import org.springframework.stereotype.Component;

/**
 * A young person whose case is open and who talks with the safety net: what they write or send (a voice note, a
 * photo, a location) goes to the case and its responder, still triaged, and the bot's lessons keep quiet. The door
 * stays open: /help, /mydata, /delete and the safety net's buttons work as always, and /exit, /menu or one tap on
 * the menu takes them back to the bot (the responder can still write to them, and they can come back).
 */
@Component
class PersonSide {

    static final String EXIT = "exit";
    private static final Set<String> STEP_OUT = Set.of("menu", "start", "language");
    private static final Duration REASSURE_EVERY = Duration.ofMinutes(3);

    private final CaseDesk desk;
    private final CaseStore cases;
    private final AlertBoard board;
    private final PersonMessages persons;
    private final Triage triage;
    private final Replies replies;
    private final RecentMessages recent;
    private final Clock clock;

    PersonSide(CaseDesk desk, CaseStore cases, AlertBoard board, PersonMessages persons, Triage triage,
            Replies replies, RecentMessages recent, Clock clock) {
        this.desk = desk;
        this.cases = cases;
        this.board = board;
        this.persons = persons;
        this.triage = triage;
        this.replies = replies;
        this.recent = recent;
        this.clock = clock;
    }

    /** Handles the event; false when the bot's own feature must run it too (a command, a menu or privacy button). */
    boolean handle(Turn turn, SafetyCase safetyCase) {
        Inbound in = turn.inbound();
        return switch (in.kind()) {
            case COMMAND -> command(turn, safetyCase);
            case BUTTON -> button(turn, safetyCase);
            case TEXT, EDITED_TEXT -> write(turn, safetyCase, in.text());
            case MEDIA, PRIVATE_DATA -> send(turn, safetyCase);
            default -> true;
        };
    }

    /** The person leaves the conversation with one tap on the button under the safety net's messages. */
    void exit(Turn turn) {
        desk.openFor(turn).filter(SafetyCase::engaging).ifPresentOrElse(c -> leave(turn, c), turn::showMenu);
    }

    private boolean command(Turn turn, SafetyCase safetyCase) {
        Inbound in = turn.inbound();
        if (in.command().equals(EXIT)) {
            leave(turn, safetyCase);
            return true;
        }
        if (!turn.knownCommand()) {
            return write(turn, safetyCase, SafetyScreen.afterSlash(in.text()));
        }
        // the words after /help reach the responder; what follows /start is a link's code
        if (!in.commandArgument().isBlank() && !in.command().equals("start")) {
            write(turn, safetyCase, in.commandArgument());
        }
        if (STEP_OUT.contains(in.command())) {
            leave(turn, safetyCase);
        }
        return false;
    }

    private boolean button(Turn turn, SafetyCase safetyCase) {
        String data = String.valueOf(turn.inbound().data());
        if (data.startsWith("s:") || data.startsWith("p:")) {
            return false;
        }
        if (data.startsWith("m:")) {
            leave(turn, safetyCase);
            return false;
        }
        turn.reply(Reply.withButtons(turn.text("safety.inConversation"),
                Replies.leaveButton(turn.text("safety.leaveButton"))));
        return true;
    }

    private boolean write(Turn turn, SafetyCase safetyCase, String text) {
        if (text.isBlank()) {
            return true;
        }
        List<Written> conversation = recent.add(turn.chat().key(), turn.inbound().key(), text).written();
        TriageResult alone = triage.assess(text, turn.language());
        TriageResult result = triage.assess(conversation, turn.language());
        SafetyCase updated = desk.fromPerson(safetyCase, turn.inbound(), text);
        // handled again after it raised the case (a crash before its answer was sent), the event is answered again
        boolean becomesUrgent = result.level() == Level.URGENT
                && (updated.level() != Level.URGENT || updated.raisedBy(turn.inbound()));
        if (triage.isSafeWord(text) || alone.level() == Level.URGENT || becomesUrgent) {
            persons.recordAnswer(updated, turn.inbound(), PersonMessages.NUMBERS, replies.urgent(turn, text));
            if (updated.level() != Level.URGENT) {
                cases.raise(updated.id(), Level.URGENT, SafetyScreen.signals(becomesUrgent ? result : alone),
                        turn.inbound());
            }
            if (updated.assignee() == null) {
                board.announceDue();
            }
        } else {
            reassureWhileWaiting(turn, updated);
        }
        return true;
    }

    private boolean send(Turn turn, SafetyCase safetyCase) {
        reassureWhileWaiting(turn, desk.fromPersonMedia(safetyCase, turn));
        return true;
    }

    private void reassureWhileWaiting(Turn turn, SafetyCase safetyCase) {
        if (safetyCase.assignee() == null && reassureDue(safetyCase)) {
            turn.say("safety.waiting");
            persons.recordAnswer(safetyCase, turn.inbound(), PersonMessages.WAITING, turn.text("safety.waiting"));
        }
    }

    private boolean reassureDue(SafetyCase safetyCase) {
        return safetyCase.transcript().stream().filter(e -> e.from().equals(SafetyCase.Entry.BOT)).reduce((a, b) -> b)
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
