package org.lighthouse.privacy;

import java.util.List;
import java.util.Set;
import org.lighthouse.channel.Button;
import org.lighthouse.channel.ChatHistory;
import org.lighthouse.conversation.Features.ButtonAction;
import org.lighthouse.conversation.Features.Command;
import org.lighthouse.conversation.Turn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * {@code /mydata} lists what every module keeps about the person; {@code /delete} (or the button under the list)
 * asks once more, then erases it all, and the chat starts fresh.
 */
@Component
class MyData implements Command, ButtonAction {

    private static final Logger log = LoggerFactory.getLogger(MyData.class);

    private final List<PersonalData> modules;
    private final List<ChatHistory> histories;
    private final ApplicationEventPublisher events;

    MyData(List<PersonalData> modules, List<ChatHistory> histories, ApplicationEventPublisher events) {
        this.modules = modules;
        this.histories = histories;
        this.events = events;
    }

    @Override
    public Set<String> names() {
        return Set.of("mydata", "delete");
    }

    @Override
    public void run(Turn turn) {
        if (turn.inbound().command().equals("delete")) {
            confirm(turn);
        } else {
            show(turn);
        }
    }

    @Override
    public String prefix() {
        return "p";
    }

    @Override
    public void press(Turn turn, String payload) {
        switch (payload) {
            case "ask" -> confirm(turn);
            case "yes" -> erase(turn);
            case "no" -> {
                turn.replyInPlace(turn.text("privacy.kept"), List.of());
                turn.showMenu();
            }
            default -> turn.refuseButton();
        }
    }

    private void show(Turn turn) {
        StringBuilder text = new StringBuilder(turn.text("privacy.title"));
        text.append("\n• ").append(turn.text("privacy.language", java.util.Map.of("language",
                turn.language().nativeName())));
        if (turn.readsAloud()) {
            text.append("\n• ").append(turn.text("readAloud.kept"));
        }
        String person = turn.chat().key();
        modules.stream().flatMap(m -> m.describe(person, turn.language()).stream())
                .forEach(line -> text.append("\n• ").append(line));
        text.append("\n\n").append(turn.text("privacy.never"));
        turn.reply(org.lighthouse.channel.Reply.withButtons(text.toString(), List.of(
                List.of(Button.of(turn.text("privacy.deleteButton"), "p:ask")),
                List.of(Button.of(turn.text("menu.home"), "m:home")))));
    }

    private void confirm(Turn turn) {
        turn.replyInPlace(turn.text("privacy.confirm"), List.of(List.of(
                Button.of(turn.text("privacy.yes"), "p:yes"), Button.of(turn.text("privacy.no"), "p:no"))));
    }

    private void erase(Turn turn) {
        String person = turn.chat().key();
        String goodbye = turn.text("privacy.deleted");
        modules.forEach(m -> m.erase(person));
        histories.forEach(h -> h.erase(turn.chat()));
        events.publishEvent(new PersonErased(person));
        turn.forgetChat();
        turn.replyInPlace(goodbye, List.of());
        log.info("Erased the data of a person on request");
    }
}
