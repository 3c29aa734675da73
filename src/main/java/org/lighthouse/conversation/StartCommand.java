package org.lighthouse.conversation;

import java.util.Set;
import org.lighthouse.conversation.Features.Command;
import org.springframework.stereotype.Component;

/**
 * {@code /start}: greets and shows the menu, or follows the link the person opened ({@code /start join_...}). First
 * contact asks the language before it gets here, and keeps the link for after.
 */
@Component
class StartCommand implements Command {

    private final StartLinks links;

    StartCommand(StartLinks links) {
        this.links = links;
    }

    @Override
    public Set<String> names() {
        return Set.of("start");
    }

    @Override
    public void run(Turn turn) {
        if (links.follow(turn, turn.inbound().commandArgument())) {
            return;
        }
        turn.goTo("menu");
        turn.say("welcome.back");
        turn.showMenu();
    }
}
