package org.lighthouse.channel.choices;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lighthouse.channel.Button;
import org.lighthouse.channel.choices.ChoiceSet.Choice;
import org.lighthouse.shared.TextFolding;

/**
 * Buttons as text, and typed text back to a button: the part of {@link NumberedChoices} that needs no database.
 * Choices are written under the text, on one line when they are few and short ({@code 1 A · 2 B · 3 C}), else one a
 * line ({@code 1 📚 Học}), with their emoji; link buttons as their label and address. A label numbered already with
 * its number ({@code 1. Hợp đồng}) keeps its own.
 */
final class ChoiceText {

    /** Choices written on one line when there are at most this many... */
    private static final int INLINE_COUNT = 4;
    /** ...and their labels take at most this many characters together. */
    private static final int INLINE_LABELS = 40;
    private static final String INLINE_SEPARATOR = " · ";
    private static final Pattern NUMBER = Pattern.compile("(\\d{1,3})\\s*[.)]?");
    /** The number a label may start with ({@code 1. Hợp đồng}), which need not be typed with it. */
    private static final Pattern ENUMERATOR = Pattern.compile("^\\d+[.)]\\s+");
    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private ChoiceText() {
    }

    /** The buttons that send data, row after row: the ones that get numbers. */
    static List<Button> choosable(List<List<Button>> rows) {
        return rows.stream().flatMap(List::stream).filter(b -> b.data() != null).toList();
    }

    /** The choices of the buttons, numbered from {@code first}, with the words that name each in {@code text}. */
    static List<Choice> number(List<Button> buttons, int first, String message, String text) {
        List<Choice> choices = new ArrayList<>(buttons.size());
        for (int i = 0; i < buttons.size(); i++) {
            Button button = buttons.get(i);
            choices.add(new Choice(first + i, message, button.data(), words(button.label(), text)));
        }
        return choices;
    }

    /** The text as sent: the reply's text, then its choices (the labels of {@code rows}, numbered as given) and links. */
    static String write(String text, List<List<Button>> rows, List<Choice> numbered) {
        List<Button> buttons = choosable(rows);
        List<String> choices = new ArrayList<>(buttons.size());
        for (int i = 0; i < buttons.size(); i++) {
            String label = buttons.get(i).label().strip();
            String number = Integer.toString(numbered.get(i).number());
            // a label numbered already ("1. Hợp đồng") with its own number is not numbered twice
            choices.add(label.matches(Pattern.quote(number) + "[.)]\\s.*") ? label : number + " " + label);
        }
        boolean inline = buttons.size() <= INLINE_COUNT
                && buttons.stream().mapToInt(b -> b.label().strip().length()).sum() <= INLINE_LABELS;
        List<String> blocks = new ArrayList<>();
        if (!text.isBlank()) {
            blocks.add(text.strip());
        }
        if (!choices.isEmpty()) {
            blocks.add(String.join(inline ? INLINE_SEPARATOR : "\n", choices));
        }
        List<String> links = rows.stream().flatMap(List::stream).filter(b -> b.url() != null)
                .map(b -> b.label().strip() + ": " + b.url()).toList();
        if (!links.isEmpty()) {
            blocks.add(String.join("\n", links));
        }
        return String.join("\n\n", blocks);
    }

    /** The most the choices and links of these buttons add to a text, numbers of two digits included. */
    static int room(List<List<Button>> rows) {
        List<Button> buttons = choosable(rows);
        List<Choice> numbered = number(buttons, 10, "", "");
        return write("", rows, numbered).length() + 2;
    }

    /**
     * The choice a typed text names: its number, or its label or option typed with or without diacritics, any case,
     * with or without emoji and punctuation. Commands and other text name none. When one word names several, the
     * latest shown is meant.
     */
    static Optional<Choice> chosen(List<Choice> choices, String typed) {
        String text = typed.strip();
        if (text.isEmpty() || text.startsWith("/")) {
            return Optional.empty();
        }
        Matcher number = NUMBER.matcher(text);
        if (number.matches()) {
            int n = Integer.parseInt(number.group(1));
            return choices.stream().filter(c -> c.number() == n).findFirst();
        }
        String folded = fold(text);
        if (folded.isEmpty()) {
            return Optional.empty();
        }
        Choice found = null;
        for (Choice choice : choices) {
            if (choice.words().contains(folded)) {
                found = choice;
            }
        }
        return Optional.ofNullable(found);
    }

    /** Lower case, no diacritics, no emoji or punctuation, single spaces: what is compared. */
    static String fold(String text) {
        return NOT_A_WORD.matcher(TextFolding.fold(text)).replaceAll(" ").strip();
    }

    /**
     * What may be typed for a button: its label; and when the text has a line that starts with the label and a full
     * stop, bracket or colon ({@code B. Hỏi ý kiến gia đình}), what follows on that line, alone or after the label.
     */
    private static List<String> words(String label, String text) {
        Set<String> words = new LinkedHashSet<>();
        String name = label.strip();
        addFolded(words, name);
        addFolded(words, ENUMERATOR.matcher(name).replaceFirst(""));
        if (!name.isEmpty()) {
            Matcher option = Pattern.compile("(?m)^\\s*" + Pattern.quote(name) + "\\s*[.):]\\s+(.+)$").matcher(text);
            while (option.find()) {
                addFolded(words, option.group(1));
                addFolded(words, name + " " + option.group(1));
            }
        }
        return List.copyOf(words);
    }

    private static void addFolded(Set<String> words, String text) {
        String folded = fold(text);
        if (!folded.isEmpty()) {
            words.add(folded);
        }
    }
}
