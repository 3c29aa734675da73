package org.lighthouse.channel.messenger;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lighthouse.channel.Button;
import org.lighthouse.channel.Reply;

/**
 * A reply as Messenger shows it: its text, and its buttons as quick replies (up to {@value #MAX}, each title at most
 * {@value #MAX_TITLE} characters, the payload the button's data). A screen with more choices than that lists every
 * choice numbered in its text, and the first {@value #MAX} as quick replies with their number: the person taps one, or
 * types any number, which the webhook turns back into that button ({@link #numbered}). A link button, which quick
 * replies cannot carry, is written into the text.
 *
 * @param numbered the button data by the number shown for it, when the choices are numbered; empty otherwise
 */
record QuickReplies(String text, List<QuickReply> quickReplies, Map<String, String> numbered) {

    static final int MAX = 13;
    static final int MAX_TITLE = 20;
    static final int MAX_TEXT = 2000;

    record QuickReply(String title, String payload) {
    }

    static QuickReplies of(Reply reply) {
        List<Button> choices = new ArrayList<>();
        StringBuilder links = new StringBuilder();
        for (List<Button> row : reply.buttons()) {
            for (Button button : row) {
                if (button.data() != null) {
                    choices.add(button);
                } else {
                    links.append('\n').append(button.label()).append(": ").append(button.url());
                }
            }
        }
        boolean numbered = choices.size() > MAX;
        StringBuilder list = new StringBuilder(links);
        List<QuickReply> quick = new ArrayList<>();
        Map<String, String> numbers = new LinkedHashMap<>();
        for (int i = 0; i < choices.size(); i++) {
            Button choice = choices.get(i);
            String label = numbered ? (i + 1) + ". " + choice.label() : choice.label();
            if (numbered) {
                numbers.put(Integer.toString(i + 1), choice.data());
                list.append(i == 0 ? "\n" : "").append('\n').append(label);
            }
            if (i < MAX) {
                quick.add(new QuickReply(title(label), choice.data()));
            }
        }
        return new QuickReplies(fit(reply.text(), list.toString()), List.copyOf(quick), Map.copyOf(numbers));
    }

    /** A button's label as a quick reply's title: whole when it fits, else cut at a word's end where one is near. */
    static String title(String label) {
        String title = label.strip().replaceAll("\\s+", " ");
        if (title.length() <= MAX_TITLE) {
            return title;
        }
        int room = MAX_TITLE - 1;
        int space = title.lastIndexOf(' ', room);
        int cut = space >= room / 2 ? space
                : Character.isHighSurrogate(title.charAt(room - 1)) ? room - 1 : room;
        return title.substring(0, cut).strip() + "…";
    }

    /**
     * The text with what must follow it (numbered choices, links); when both do not fit in one message, the text is cut
     * at a word's end, since a choice the person cannot see is worse than a shortened sentence. The outbox has already
     * split longer texts, so this happens only for a long text on a screen of more than {@value #MAX} choices.
     */
    private static String fit(String text, String after) {
        if (after.isEmpty() || text.length() + after.length() <= MAX_TEXT) {
            return text + after;
        }
        int room = Math.max(0, MAX_TEXT - after.length() - 1);
        int space = text.lastIndexOf(' ', room);
        String cut = text.substring(0, space > room / 2 ? space : room).strip();
        return cut + "…" + after;
    }
}
