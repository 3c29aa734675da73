package org.lighthouse.safety.escalation;

import java.util.Map;
import java.util.Optional;
import org.lighthouse.conversation.Features.MenuAction;
import org.lighthouse.conversation.MenuItem;
import org.lighthouse.conversation.Turn;
import org.lighthouse.safety.SafetyCase;
import org.lighthouse.safety.SafetyCase.Trigger;
import org.lighthouse.safety.TriageResult.Level;
import org.springframework.stereotype.Component;

/**
 * "Talk to a person", always open: from the menu, from {@code /help}, from a message of concern or a risky offer.
 * Opens a case (or rejoins the open one) and tells the person someone is coming; when no responder can be alerted
 * here, says so plainly and gives the numbers to call instead.
 */
@Component
class TalkToPerson implements MenuAction {

    private final CaseDesk desk;
    private final CaseStore cases;
    private final PersonMessages persons;
    private final Replies replies;

    TalkToPerson(CaseDesk desk, CaseStore cases, PersonMessages persons, Replies replies) {
        this.desk = desk;
        this.cases = cases;
        this.persons = persons;
        this.replies = replies;
    }

    @Override
    public MenuItem item() {
        return MenuItem.TALK;
    }

    @Override
    public void open(Turn turn) {
        open(turn, Trigger.MENU);
    }

    void open(Turn turn, Trigger trigger) {
        Optional<SafetyCase> open = desk.openFor(turn).filter(c -> !c.openedBy(turn.inbound()));
        if (open.isPresent()) {
            SafetyCase safetyCase = cases.userLeft(open.get().id(), false).orElse(open.get());
            desk.toResponder(safetyCase, "back" + turn.inbound().seq(), "responder.personBack",
                    Map.of("id", safetyCase.id()));
            turn.say("safety.backInConversation");
            return;
        }
        desk.open(turn, Level.CONCERN, trigger, null, turn.slot(Turn.SHARED_TEXT).orElse(null)).ifPresentOrElse(
                opened -> persons.recordAnswer(opened, turn.inbound(), PersonMessages.PERSON_COMING,
                        replies.personComing(turn)), () -> replies.nobodyOnline(turn));
    }

    void decline(Turn turn) {
        turn.say("safety.declined");
        turn.showMenu();
    }
}
