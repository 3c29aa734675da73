package org.lighthouse.safety.escalation;

import org.lighthouse.conversation.Features.ButtonAction;
import org.lighthouse.conversation.Turn;
import org.lighthouse.safety.SafetyCase.Trigger;
import org.springframework.stereotype.Component;

/**
 * The safety net's buttons ({@code s:...}): for responders, claim a case from an alert, read one, accept or decline a
 * hand-over, close with an outcome and a referral; for young people, talk to a person or not, and leave the
 * conversation. The data comes from a device and may be forged: every part is checked before anything acts on it.
 */
@Component
class SafetyButtons implements ButtonAction {

    private final ResponderConsole console;
    private final TalkToPerson talk;
    private final PersonSide person;

    SafetyButtons(ResponderConsole console, TalkToPerson talk, PersonSide person) {
        this.console = console;
        this.talk = talk;
        this.person = person;
    }

    @Override
    public String prefix() {
        return "s";
    }

    @Override
    public void press(Turn turn, String payload) {
        String[] p = payload.split(":", -1);
        boolean privately = !turn.inbound().group();
        switch (p[0]) {
            case "claim" -> when(p.length == 2 && !p[1].isEmpty(), turn, () -> console.claim(turn, p[1]));
            case "use" -> when(p.length == 2 && privately, turn, () -> console.show(turn, p[1]));
            case "acc" -> when(p.length == 2 && privately, turn, () -> console.accept(turn, p[1]));
            case "dec" -> when(p.length == 2 && privately, turn, () -> console.decline(turn, p[1]));
            case "out" -> when(p.length == 3 && privately, turn, () -> console.askReferral(turn, p[1], p[2]));
            case "ref" -> when(p.length == 4 && privately, turn, () -> console.close(turn, p[1], p[2], p[3]));
            case "talk" -> when(privately && p.length <= 2, turn, () -> talk.open(turn,
                    p.length == 2 && p[1].equals("offer") ? Trigger.OFFER_CHECK : Trigger.MENU));
            case "no" -> when(privately && p.length == 1, turn, () -> talk.decline(turn));
            case "exit" -> when(privately && p.length == 1, turn, () -> person.exit(turn));
            default -> turn.refuseButton();
        }
    }

    private static void when(boolean wellFormed, Turn turn, Runnable action) {
        if (wellFormed) {
            action.run();
        } else {
            turn.refuseButton();
        }
    }
}
