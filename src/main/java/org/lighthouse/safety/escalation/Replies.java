package org.lighthouse.safety.escalation;

import java.util.List;
import org.lighthouse.channel.Button;
import org.lighthouse.channel.Reply;
import org.lighthouse.conversation.Turn;
import org.springframework.stereotype.Component;

/** What the safety net says to a young person: calm, short, concrete, never blaming, always with who to call. */
@Component
class Replies {

    private final Abroad abroad = new Abroad();

    /** The first answer to danger: the numbers to call now, abroad too if they say they are abroad. Returns it. */
    String urgent(Turn turn, String message) {
        StringBuilder text = new StringBuilder(turn.text("safety.urgent"));
        if (abroad.mentioned(message)) {
            text.append("\n\n").append(turn.text("safety.abroad"));
        }
        turn.reply(Reply.text(text.toString()));
        return text.toString();
    }

    /** That a person was alerted and will write here; only once an alert can reach one. Returns it. */
    String personComing(Turn turn) {
        turn.say("safety.personComing");
        return turn.text("safety.personComing");
    }

    /** No responder can be alerted here: no promise, the numbers once more, and the bot's menus. */
    void nobodyOnline(Turn turn) {
        turn.say("safety.nobodyOnline");
        turn.showMenu();
    }

    /**
     * A gentle question whether they would like to talk to a person, and what might help meanwhile; where no responder
     * can be alerted, no such offer: whom to call instead.
     */
    void concern(Turn turn, String suggestedLesson, boolean personAvailable) {
        List<Button> help = List.of(Button.of(turn.text("safety.checkOffer"), "m:offer"),
                Button.of(turn.text("safety.lesson"), "l:o:" + suggestedLesson));
        if (!personAvailable) {
            turn.raiseConcern(Reply.withButtons(turn.text("safety.concernNobodyOnline"), List.of(help)));
            return;
        }
        turn.raiseConcern(Reply.withButtons(turn.text("safety.concern"), List.of(
                List.of(Button.of(turn.text("safety.talkYes"), "s:talk")), help,
                List.of(Button.of(turn.text("safety.talkNo"), "s:no")))));
    }

    /** The button that takes a person in a conversation with a responder back to the bot, in one tap. */
    static List<List<Button>> leaveButton(String label) {
        return List.of(List.of(Button.of(label, "s:exit")));
    }
}
