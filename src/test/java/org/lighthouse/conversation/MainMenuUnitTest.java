package org.lighthouse.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lighthouse.channel.ChatRef;
import org.lighthouse.channel.Inbound;
import org.lighthouse.channel.Reply;
import org.lighthouse.shared.FilesSettings;
import org.lighthouse.shared.Language;
import org.lighthouse.shared.LocaleBundles;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;

/** The main menu, whatever features a deployment has. */
class MainMenuUnitTest {

    private static final LocaleBundles TEXTS = new LocaleBundles(new FilesSettings(Path.of(".")));

    /** A menu item whose feature is not there says so honestly, gives the emergency numbers, and shows the menu. */
    @Test
    void missingFeatureSaysSoHonestly() {
        MainMenu menu = new MainMenu(new DefaultListableBeanFactory().getBeanProvider(Features.MenuAction.class));
        Turn turn = turn(Language.EN);
        menu.press(turn, "offer");
        List<Reply> replies = turn.replies();
        assertThat(replies).singleElement().satisfies(r -> assertThat(r.text())
                .isEqualTo("«🔎 Check an offer» is still being built and can't be used yet. If you are in danger, call"
                        + " 111 (free, 24/7) or 113 (police) now."));
        assertThat(turn.menuWanted()).isTrue();
    }

    /** The menu has the five items, two to a row, in the person's language. */
    @Test
    void menuHasFiveItems() {
        MainMenu menu = new MainMenu(new DefaultListableBeanFactory().getBeanProvider(Features.MenuAction.class));
        Reply rendered = menu.render(turn(Language.VI));
        assertThat(rendered.text()).isEqualTo("Bạn muốn làm gì?");
        assertThat(rendered.buttons()).hasSize(3);
        assertThat(rendered.buttons().stream().flatMap(List::stream).map(b -> b.data()))
                .containsExactly("m:learn", "m:offer", "m:talk", "m:progress", "m:language");
    }

    private static Turn turn(Language language) {
        Inbound press = Inbound.of(ChatRef.telegram(1), "tg:u1", "1", false, Inbound.Kind.BUTTON, null, "m:offer", "5",
                null).numbered(1);
        Dialogue dialogue = Dialogue.start("tg:1", Instant.now());
        return new Turn(press, dialogue.with(language, "menu", java.util.Map.of(), true), TEXTS, false, null);
    }
}
