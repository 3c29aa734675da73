package org.lighthouse.conversation;

import java.util.Set;
import org.lighthouse.conversation.Features.Command;
import org.springframework.stereotype.Component;

/** {@code /help}: what the bot does, and who to contact now. */
@Component
class HelpCommand implements Command {

    @Override
    public Set<String> names() {
        return Set.of("help");
    }

    @Override
    public void run(Turn turn) {
        turn.say("help.text");
        turn.showMenu();
    }
}
