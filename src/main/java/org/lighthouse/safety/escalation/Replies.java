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

    /** The first answer to danger: the numbers to call now, abroad too if they say they are abroad. */
    void urgent(Turn turn, String message) {
        StringBuilder text = new StringBuilder(turn.text("safety.urgent"));
        if (abroad.mentioned(message)) {
            text.append("\n\n").append(turn.text("safety.abroad"));
        }
        turn.reply(Reply.text(text.toString()));
    }

    void personComing(Turn turn) {
        turn.say("safety.personComing");
    }

    /** A gentle question whether they would like to talk to a person, and what might help meanwhile. */
    void concern(Turn turn, String suggestedLesson) {
        List<List<Button>> buttons = List.of(
                List.of(Button.of(turn.text("safety.talkYes"), "s:talk")),
                List.of(Button.of(turn.text("safety.checkOffer"), "m:offer"),
                        Button.of(turn.text("safety.lesson"), "l:o:" + suggestedLesson)),
                List.of(Button.of(turn.text("safety.talkNo"), "s:no")));
        turn.reply(Reply.withButtons(turn.text("safety.concern"), buttons));
    }
}
