package org.lighthouse.voice;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.lighthouse.channel.Button;
import org.lighthouse.channel.ChatRef;
import org.lighthouse.channel.Reply;
import org.lighthouse.content.Catalog;
import org.lighthouse.content.ContentStaff;
import org.lighthouse.content.Lesson;
import org.lighthouse.content.Series;
import org.lighthouse.conversation.Features.ButtonAction;
import org.lighthouse.conversation.Features.Command;
import org.lighthouse.conversation.Features.TextStep;
import org.lighthouse.conversation.Features.VoiceStep;
import org.lighthouse.conversation.Turn;
import org.lighthouse.shared.Language;
import org.springframework.stereotype.Component;

/**
 * {@code /record}, for content staff on Telegram: a series, a lesson, a card (by its first words), a language, then
 * the card's text to read aloud; the next voice message becomes its recording ({@link Recorder}). Buttons
 * {@code rec:...}; their payloads may be forged, and every step asks again whether the person records. Anyone else
 * gets the answer to a command the bot does not know.
 */
@Component
class RecordFlow implements Command, ButtonAction, TextStep, VoiceStep {

    static final String STEP = "record.wait";
    static final String CANCEL = "rec:x";
    private static final int FIRST_WORDS = 32;

    private final Catalog catalog;
    private final ContentStaff staff;
    private final Recorder recorder;
    private final VoiceStore store;

    RecordFlow(Catalog catalog, ContentStaff staff, Recorder recorder, VoiceStore store) {
        this.catalog = catalog;
        this.staff = staff;
        this.recorder = recorder;
        this.store = store;
    }

    @Override
    public Set<String> names() {
        return Set.of("record");
    }

    @Override
    public void run(Turn turn) {
        if (!records(turn)) {
            turn.misunderstood();
            turn.say("unknown.command");
            turn.showMenu();
            return;
        }
        List<List<Button>> rows = new ArrayList<>();
        for (Series series : catalog.series()) {
            rows.add(List.of(Button.of(series.title().show(turn.language()).text(), "rec:s:" + series.id())));
        }
        turn.goTo("record");
        choices(turn, turn.text("record.chooseLesson"), rows);
    }

    @Override
    public String prefix() {
        return "rec";
    }

    @Override
    public void press(Turn turn, String payload) {
        if (!records(turn)) {
            turn.refuseButton();
            return;
        }
        String[] parts = payload.split(":");
        boolean done = switch (parts[0]) {
            case "x" -> cancel(turn);
            case "s" -> parts.length == 2 && lessons(turn, parts[1]);
            case "l" -> parts.length == 2 && cards(turn, parts[1]);
            case "c" -> parts.length == 3 && languages(turn, parts[1], parts[2]);
            case "g" -> parts.length == 4 && waitFor(turn, parts[1], parts[2], parts[3]);
            default -> false;
        };
        if (!done) {
            turn.refuseButton();
        }
    }

    @Override
    public String stepPrefix() {
        return STEP;
    }

    /** Text where a voice message is awaited: how to record one. */
    @Override
    public void read(Turn turn, String text) {
        turn.reply(Reply.withButtons(turn.text("record.notVoice"), List.of(cancelRow(turn))));
    }

    @Override
    public void hear(Turn turn) {
        if (!records(turn)) {
            turn.goTo("menu");
            turn.say("media.onlyText");
            return;
        }
        recorder.take(turn, cancelRow(turn));
    }

    private boolean cancel(Turn turn) {
        turn.goTo("menu");
        turn.replyInPlace(turn.text("record.cancelled"), List.of());
        turn.showMenu();
        return true;
    }

    private boolean lessons(Turn turn, String seriesId) {
        Optional<Series> series = catalog.series(seriesId);
        if (series.isEmpty()) {
            return false;
        }
        List<List<Button>> rows = new ArrayList<>();
        for (String id : series.get().lessonIds()) {
            Lesson lesson = catalog.lesson(id).orElseThrow();
            rows.add(List.of(Button.of(lesson.title().show(turn.language()).text(), "rec:l:" + id)));
        }
        choices(turn, turn.text("record.chooseLesson"), rows);
        return true;
    }

    private boolean cards(Turn turn, String lessonId) {
        Optional<Lesson> lesson = catalog.lesson(lessonId);
        if (lesson.isEmpty()) {
            return false;
        }
        List<List<Button>> rows = new ArrayList<>();
        for (int i = 0; i < lesson.get().cards().size(); i++) {
            String text = lesson.get().cards().get(i).text().show(turn.language()).text().strip();
            String start = text.length() <= FIRST_WORDS ? text : text.substring(0, FIRST_WORDS).strip();
            rows.add(List.of(Button.of(turn.text("record.cardButton", Map.of("n", i + 1, "start", start)),
                    "rec:c:" + lessonId + ":" + i)));
        }
        choices(turn, turn.text("record.chooseCard", Map.of("lesson", title(turn, lesson.get()))), rows);
        return true;
    }

    private boolean languages(Turn turn, String lessonId, String index) {
        Optional<Lesson> lesson = catalog.lesson(lessonId);
        Optional<Integer> card = lesson.flatMap(l -> cardIndex(l, index));
        if (card.isEmpty()) {
            return false;
        }
        List<Button> row = Arrays.stream(Language.values()).map(language -> Button.of(
                store.find(lessonId, card.get() + 1, language).isPresent()
                        ? turn.text("record.recorded", Map.of("language", language.nativeName()))
                        : language.nativeName(),
                "rec:g:" + lessonId + ":" + card.get() + ":" + language.code())).toList();
        turn.replyInPlace(turn.text("record.chooseLanguage", Map.of("lesson", title(turn, lesson.get()), "n",
                card.get() + 1)), List.of(row, cancelRow(turn)));
        return true;
    }

    private boolean waitFor(Turn turn, String lessonId, String index, String code) {
        Optional<Lesson> lesson = catalog.lesson(lessonId);
        Optional<Integer> card = lesson.flatMap(l -> cardIndex(l, index));
        Optional<Language> language = Language.ofCode(code);
        if (card.isEmpty() || language.isEmpty()) {
            return false;
        }
        turn.goTo(STEP);
        turn.keep(Recorder.LESSON, lessonId);
        turn.keep(Recorder.CARD, Integer.toString(card.get()));
        turn.keep(Recorder.LANGUAGE, language.get().code());
        String text = lesson.get().cards().get(card.get()).text().show(language.get()).text();
        turn.replyInPlace(turn.text("record.sendNow", Map.of("language", language.get().nativeName(), "max",
                recorder.maxSeconds(), "text", text)), List.of(cancelRow(turn)));
        return true;
    }

    /** Shows the choices, with Cancel under them, in place of the previous step's. */
    private static void choices(Turn turn, String text, List<List<Button>> rows) {
        List<List<Button>> all = new ArrayList<>(rows);
        all.add(cancelRow(turn));
        turn.replyInPlace(text, all);
    }

    private static Optional<Integer> cardIndex(Lesson lesson, String index) {
        if (!index.matches("\\d{1,2}")) {
            return Optional.empty();
        }
        int card = Integer.parseInt(index);
        return card < lesson.cards().size() ? Optional.of(card) : Optional.empty();
    }

    private static String title(Turn turn, Lesson lesson) {
        return lesson.title().show(turn.language()).text();
    }

    private static List<Button> cancelRow(Turn turn) {
        return List.of(Button.of(turn.text("record.cancel"), CANCEL));
    }

    /** Whether this is content staff in their private Telegram chat: recordings are fetched from Telegram. */
    private boolean records(Turn turn) {
        if (turn.chat().channel() != ChatRef.Channel.TELEGRAM || turn.inbound().group()
                || !turn.inbound().sender().matches("\\d{1,19}")) {
            return false;
        }
        try {
            return staff.records(Long.parseLong(turn.inbound().sender()));
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
