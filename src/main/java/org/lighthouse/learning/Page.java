package org.lighthouse.learning;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.lighthouse.channel.Button;
import org.lighthouse.channel.Reply;
import org.lighthouse.content.ContentFiles.ContentFile;
import org.lighthouse.content.LocalizedText;
import org.lighthouse.conversation.Turn;

/**
 * One message of the lessons, built in the learner's language. Content missing in that language is shown in
 * Vietnamese, and the message then ends with a one-line notice saying so.
 */
final class Page {

    static final String MENU = "m:home";

    private final Turn turn;
    private final StringBuilder text = new StringBuilder();
    private final List<List<Button>> buttons = new ArrayList<>();
    private boolean fellBack;
    private Reply.@Nullable Document image;
    private boolean below;
    private @Nullable Reply before;

    Page(Turn turn) {
        this.turn = turn;
    }

    Page say(String key) {
        return say(key, Map.of());
    }

    Page say(String key, Map<String, ?> values) {
        return line(turn.text(key, values));
    }

    Page content(LocalizedText localized) {
        return line(shown(localized));
    }

    /** The content text in the learner's language (or Vietnamese), for use inside an interface text. */
    String shown(LocalizedText localized) {
        LocalizedText.Shown shown = localized.show(turn.language());
        fellBack |= shown.fallback();
        return shown.text();
    }

    Page line(String line) {
        if (!text.isEmpty()) {
            text.append("\n\n");
        }
        text.append(line);
        return this;
    }

    Page button(String labelKey, Map<String, ?> values, String data) {
        buttons.add(List.of(Button.of(turn.text(labelKey, values), data)));
        return this;
    }

    Page button(String labelKey, String data) {
        return button(labelKey, Map.of(), data);
    }

    Page buttonRow(List<Button> row) {
        buttons.add(List.copyOf(row));
        return this;
    }

    /**
     * Shows the page as a picture with the text under it (a new message: a text message cannot become one), and its
     * words for those who cannot see it in the learner's language.
     */
    Page image(ContentFile file, LocalizedText alt) {
        this.image = Reply.Document.picture(file.name(), file.mediaType(), file.bytes(), shown(alt));
        return this;
    }

    /** Shows the page as a new message even after a button press: the message pressed shows a picture. */
    Page below() {
        this.below = true;
        return this;
    }

    /** Sends a message before the page (a card's recording), and the page after it as a new message. */
    Page after(Reply first) {
        this.before = first;
        return this;
    }

    Page menuButton() {
        return button("learn.menu", MENU);
    }

    /** Shows the page by changing the message whose button was pressed, or as a new message. */
    void show() {
        String body = fellBack ? text + "\n\nℹ️ " + turn.text("learn.fallbackNotice") : text.toString();
        if (before != null) {
            turn.reply(before);
        }
        if (image != null) {
            turn.reply(Reply.withDocument(body, buttons, image));
        } else if (below || before != null) {
            turn.reply(Reply.withButtons(body, buttons));
        } else {
            turn.replyInPlace(body, buttons);
        }
    }
}
