package org.lighthouse.safety.escalation;

import org.lighthouse.conversation.Features.ButtonAction;
import org.lighthouse.conversation.Turn;
import org.lighthouse.safety.escalation.SafetyCase.Trigger;
import org.springframework.stereotype.Component;

/**
 * The safety net's buttons ({@code s:...}): claim a case from an alert, pick a case, close it with an outcome and a
 * referral; and for young people, talk to a person or not.
 */
@Component
class SafetyButtons implements ButtonAction {

    private final ResponderConsole console;
    private final TalkToPerson talk;

    SafetyButtons(ResponderConsole console, TalkToPerson talk) {
        this.console = console;
        this.talk = talk;
    }

    @Override
    public String prefix() {
        return "s";
    }

    @Override
    public void press(Turn turn, String payload) {
        String[] p = payload.split(":");
        switch (p[0]) {
            case "claim" -> when(p.length == 2, turn, () -> console.claim(turn, p[1]));
            case "use" -> when(p.length == 2, turn, () -> console.use(turn, p[1]));
            case "out" -> when(p.length == 3, turn, () -> console.askReferral(turn, p[1], p[2]));
            case "ref" -> when(p.length == 4, turn, () -> console.close(turn, p[1], p[2], p[3]));
            case "talk" -> when(!turn.inbound().group(), turn, () -> talk.open(turn,
                    p.length > 1 && p[1].equals("offer") ? Trigger.OFFER_CHECK : Trigger.MENU));
            case "no" -> when(!turn.inbound().group(), turn, () -> talk.decline(turn));
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
