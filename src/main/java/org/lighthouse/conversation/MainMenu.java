package org.lighthouse.conversation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.lighthouse.channel.Button;
import org.lighthouse.channel.Reply;
import org.lighthouse.conversation.Features.ButtonAction;
import org.lighthouse.conversation.Features.Command;
import org.lighthouse.conversation.Features.MenuAction;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** The main menu ({@code /menu}, and the end of most answers) and its buttons ({@code m:<item>}). */
@Component
class MainMenu implements Command, ButtonAction {

    static final String PREFIX = "m";
    /** The step of a chat at the menu, with nothing else under way. */
    static final String STEP = "menu";
    /** The payload of a button that shows the main menu itself. */
    static final String HOME = "home";

    private final ObjectProvider<MenuAction> actionBeans;
    private Map<MenuItem, MenuAction> actions;

    MainMenu(ObjectProvider<MenuAction> actionBeans) {
        this.actionBeans = actionBeans;
    }

    @Override
    public Set<String> names() {
        return Set.of("menu");
    }

    @Override
    public void run(Turn turn) {
        turn.goTo(STEP);
        turn.showMenu();
    }

    @Override
    public String prefix() {
        return PREFIX;
    }

    @Override
    public void press(Turn turn, String payload) {
        if (payload.equals(HOME)) {
            run(turn);
            return;
        }
        Optional<MenuItem> item = java.util.Arrays.stream(MenuItem.values()).filter(i -> i.id().equals(payload)).findFirst();
        if (item.isEmpty()) {
            turn.refuseButton();
            return;
        }
        MenuAction action = actions().get(item.get());
        if (action == null) {
            turn.say("menu.notYet", Map.of("item", turn.text("menu." + item.get().id())));
            turn.showMenu();
        } else {
            action.open(turn);
        }
    }

    Reply render(Turn turn) {
        List<List<Button>> rows = new ArrayList<>();
        List<Button> row = new ArrayList<>();
        for (MenuItem item : MenuItem.values()) {
            row.add(Button.of(turn.text("menu." + item.id()), PREFIX + ":" + item.id()));
            if (row.size() == 2) {
                rows.add(row);
                row = new ArrayList<>();
            }
        }
        if (!row.isEmpty()) {
            rows.add(row);
        }
        return Reply.withButtons(turn.text("menu.title"), rows);
    }

    /** Found on first use: menu actions may themselves depend on the conversation. */
    private Map<MenuItem, MenuAction> actions() {
        if (actions == null) {
            Map<MenuItem, MenuAction> found = new EnumMap<>(MenuItem.class);
            actionBeans.orderedStream().forEach(a -> found.putIfAbsent(a.item(), a));
            actions = found;
        }
        return actions;
    }
}
