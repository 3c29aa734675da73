package org.lighthouse.conversation;

import java.util.Set;
import org.lighthouse.conversation.Features.Command;
import org.springframework.stereotype.Component;

/** {@code /start}: greets and shows the menu (first contact asks the language before it gets here). */
@Component
class StartCommand implements Command {

    @Override
    public Set<String> names() {
        return Set.of("start");
    }

    @Override
    public void run(Turn turn) {
        turn.goTo("menu");
        turn.say("welcome.back");
        turn.showMenu();
    }
}
