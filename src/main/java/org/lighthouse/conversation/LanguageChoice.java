package org.lighthouse.conversation;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.lighthouse.channel.Button;
import org.lighthouse.conversation.Features.ButtonAction;
import org.lighthouse.conversation.Features.Command;
import org.lighthouse.conversation.Features.MenuAction;
import org.lighthouse.conversation.Features.Welcome;
import org.lighthouse.shared.Language;
import org.lighthouse.shared.Texts;
import org.springframework.stereotype.Component;

/**
 * Choosing the language: asked on first contact (in all three languages, since we do not know yet which one the
 * person reads), and again with {@code /language} or the menu, where "read to me" is switched on or off too.
 */
@Component
class LanguageChoice implements Command, ButtonAction, MenuAction {

    static final String PREFIX = "lang";
    /**
     * The slot that keeps the link a new person opened ({@code /start join_...}), or wrote ({@code /join ...}), across
     * the language question.
     */
    static final String LINK = "link";
    /** The payload of the button that switches "read to me". */
    static final String READ_ALOUD = "read";

    private final Texts texts;
    private final StartLinks links;
    private final List<Welcome> welcomes;

    LanguageChoice(Texts texts, StartLinks links, List<Welcome> welcomes) {
        this.texts = texts;
        this.links = links;
        this.welcomes = welcomes;
    }

    @Override
    public Set<String> names() {
        return Set.of("language");
    }

    @Override
    public void run(Turn turn) {
        ask(turn);
    }

    @Override
    public MenuItem item() {
        return MenuItem.LANGUAGE;
    }

    @Override
    public void open(Turn turn) {
        ask(turn);
    }

    @Override
    public String prefix() {
        return PREFIX;
    }

    @Override
    public void press(Turn turn, String payload) {
        if (payload.equals(READ_ALOUD) && turn.hasLanguage()) {
            turn.readAloud(!turn.readsAloud());
            turn.goTo(MainMenu.STEP);
            turn.replyInPlace(turn.text(turn.readsAloud() ? "readAloud.on" : "readAloud.off"), List.of());
            turn.showMenu();
            return;
        }
        Optional<Language> chosen = Language.ofCode(payload);
        if (chosen.isEmpty()) {
            turn.refuseButton();
            return;
        }
        Optional<String> link = turn.slot(LINK);
        boolean newcomer = !turn.hasLanguage();
        turn.chooseLanguage(chosen.get());
        turn.goTo(MainMenu.STEP);
        turn.replyInPlace(turn.text("language.set"), List.of());
        if (newcomer) {
            welcomes.forEach(welcome -> welcome.welcomed(turn));
        }
        if (link.isEmpty() || !links.follow(turn, link.get())) {
            turn.showMenu();
        }
    }

    void ask(Turn turn) {
        String prompt = turn.hasLanguage()
                ? turn.text("language.prompt")
                : Arrays.stream(Language.values()).map(l -> texts.get(l, "language.firstPrompt"))
                        .collect(Collectors.joining("\n\n"));
        List<Button> row = Arrays.stream(Language.values())
                .map(l -> Button.of(l.nativeName(), PREFIX + ":" + l.code())).toList();
        turn.goTo("language");
        links.carriedBy(turn.inbound()).ifPresent(link -> turn.keep(LINK, link));
        if (!turn.hasLanguage()) {
            turn.replyInPlace(prompt, List.of(row));
            return;
        }
        Button readAloud = Button.of(turn.text(turn.readsAloud() ? "readAloud.turnOff" : "readAloud.turnOn"),
                PREFIX + ":" + READ_ALOUD);
        turn.replyInPlace(prompt, List.of(row, List.of(readAloud)));
    }
}
