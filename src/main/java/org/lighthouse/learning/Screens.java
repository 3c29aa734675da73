package org.lighthouse.learning;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.lighthouse.channel.Button;
import org.lighthouse.content.Catalog;
import org.lighthouse.content.ContentFiles;
import org.lighthouse.content.Lesson;
import org.lighthouse.content.Lesson.Question;
import org.lighthouse.content.Series;
import org.lighthouse.conversation.Turn;
import org.lighthouse.shared.Language;
import org.lighthouse.voice.CardVoices;
import org.springframework.stereotype.Component;

/** What the learner sees: the learning home, a series, a card, a question, feedback, a score. */
@Component
class Screens {

    private final Catalog catalog;
    private final ContentFiles files;
    private final CardVoices voices;

    Screens(Catalog catalog, ContentFiles files, CardVoices voices) {
        this.catalog = catalog;
        this.files = files;
        this.voices = voices;
    }

    void home(Turn turn, LearnerProgress progress, int dueReviews) {
        Page page = new Page(turn).say("learn.homeTitle");
        continueButton(page, progress.place());
        if (dueReviews > 0) {
            page.button("learn.review", Map.of("count", dueReviews), "l:r");
        }
        for (Series series : catalog.series()) {
            long done = series.lessonIds().stream().filter(progress::completed).count();
            page.button("learn.seriesButton", Map.of("series", page.shown(series.title()), "done", done, "total",
                    series.lessonIds().size()), "l:s:" + series.id());
        }
        page.menuButton().show();
    }

    void series(Turn turn, Series series, LearnerProgress progress) {
        Page page = new Page(turn);
        page.say("learn.seriesTitle", Map.of("series", page.shown(series.title())));
        for (int i = 0; i < series.lessonIds().size(); i++) {
            String id = series.lessonIds().get(i);
            Lesson lesson = catalog.lesson(id).orElseThrow();
            String key = progress.completed(id) ? "learn.lessonDone" : "learn.lessonButton";
            page.button(key, Map.of("n", i + 1, "lesson", page.shown(lesson.title())), "l:o:" + id);
        }
        page.button("learn.back", "l:h").menuButton().show();
    }

    void card(Turn turn, Lesson lesson, int index) {
        Page page = new Page(turn);
        page.say("learn.cardHeader", Map.of("lesson", page.shown(lesson.title()), "n", index + 1, "total",
                lesson.cards().size()));
        Lesson.Card card = lesson.cards().get(index);
        page.content(card.text());
        Lesson.Image image = card.image();
        if (image != null) {
            files.picture(image.file()).ifPresent(file -> page.image(file, image.alt()));
        }
        if (index > 0 && lesson.cards().get(index - 1).image() != null) {
            // the next card does not take the picture's place: the picture stays to look at, and a photo's message
            // cannot become a text on Telegram
            page.below();
        }
        if (turn.readsAloud()) {
            Language shown = card.text().show(turn.language()).fallback() ? Language.PRIMARY : turn.language();
            voices.of(turn.chat(), lesson.id(), index, turn.language(), shown).ifPresent(page::after);
        }
        if (index + 1 < lesson.cards().size()) {
            page.button("learn.next", "l:n:" + lesson.id() + ":" + index);
        } else {
            page.button("learn.startQuiz", "l:z:" + lesson.id());
        }
        page.show();
    }

    void question(Turn turn, Lesson lesson, int index, List<Integer> order, String answerData) {
        Page page = new Page(turn).say("learn.questionHeader", Map.of("n", index + 1, "total", lesson.quiz().size()));
        options(page, lesson.quiz().get(index), order);
        List<Button> letters = new ArrayList<>();
        for (int position = 0; position < order.size(); position++) {
            letters.add(Button.of(OptionOrder.letter(position), answerData + ":" + position));
        }
        page.buttonRow(letters).show();
    }

    void reviewQuestion(Turn turn, Lesson lesson, Question question, int left, List<Integer> order) {
        Page page = new Page(turn).say("learn.reviewHeader", Map.of("left", left));
        options(page, question, order);
        List<Button> letters = new ArrayList<>();
        for (int position = 0; position < order.size(); position++) {
            letters.add(Button.of(OptionOrder.letter(position),
                    "l:v:" + lesson.id() + ":" + question.id() + ":" + position));
        }
        page.buttonRow(letters).show();
    }

    /** The question again, whether the answer was right, the right answer, the explanation, and the way on. */
    void feedback(Turn turn, Question question, List<Integer> order, boolean right, String nextKey, String nextData) {
        Page page = new Page(turn).content(question.text());
        int correctPosition = order.indexOf(question.correctOption());
        String answer = page.shown(question.options().get(question.correctOption()).text());
        page.say(right ? "learn.right" : "learn.wrong", Map.of("letter", OptionOrder.letter(correctPosition),
                "answer", answer));
        page.content(question.explanation());
        page.button(nextKey, nextData).show();
    }

    void score(Turn turn, Lesson lesson, int score, int total, @Nullable Lesson next) {
        Page page = new Page(turn);
        page.say("learn.score", Map.of("lesson", page.shown(lesson.title()), "score", score, "total", total));
        page.say(score == total ? "learn.allRight" : "learn.willReview");
        if (next != null) {
            page.button("learn.nextLesson", Map.of("lesson", page.shown(next.title())), "l:o:" + next.id());
        } else {
            page.say("learn.allDone");
        }
        page.button("learn.homeButton", "l:h").menuButton().show();
    }

    /** Completed lessons per series with their best scores, the lesson to take next, and the reviews due. */
    void progress(Turn turn, LearnerProgress progress, int dueReviews) {
        Page page = new Page(turn).say("progress.title");
        for (Series series : catalog.series()) {
            long done = series.lessonIds().stream().filter(progress::completed).count();
            StringBuilder lines = new StringBuilder(turn.text("progress.series", Map.of("series",
                    page.shown(series.title()), "done", done, "total", series.lessonIds().size())));
            for (String id : series.lessonIds()) {
                LessonRecord record = progress.lessons().get(id);
                if (record != null && record.completed()) {
                    lines.append('\n').append(turn.text("progress.lesson", Map.of("lesson",
                            page.shown(catalog.lesson(id).orElseThrow().title()), "score", record.bestScore(), "total",
                            record.total())));
                }
            }
            page.line(lines.toString());
        }
        Optional<Lesson> next = nextLesson(progress);
        next.ifPresentOrElse(l -> page.say("progress.next", Map.of("lesson", page.shown(l.title()))),
                () -> page.say("learn.allDone"));
        if (dueReviews > 0) {
            page.say("progress.reviewDue", Map.of("count", dueReviews));
            page.button("learn.review", Map.of("count", dueReviews), "l:r");
        }
        next.ifPresent(l -> page.button("learn.nextLesson", Map.of("lesson", page.shown(l.title())), "l:o:" + l.id()));
        page.menuButton().show();
    }

    /** The first lesson, in curriculum order, not completed yet. */
    Optional<Lesson> nextLesson(LearnerProgress progress) {
        return catalog.lessonsInOrder().stream().filter(l -> !progress.completed(l.id())).findFirst();
    }

    void stale(Turn turn, @Nullable Place place) {
        Page page = new Page(turn).say("learn.stale");
        continueButton(page, place);
        page.menuButton().show();
    }

    void useButtons(Turn turn, @Nullable Place place) {
        Page page = new Page(turn).say(turn.chat().channel().hasButtons() ? "learn.useButtons" : "learn.useNumbers");
        continueButton(page, place);
        page.menuButton().show();
    }

    private void options(Page page, Question question, List<Integer> order) {
        page.content(question.text());
        StringBuilder lines = new StringBuilder();
        for (int position = 0; position < order.size(); position++) {
            lines.append(position == 0 ? "" : "\n").append(OptionOrder.letter(position)).append(". ")
                    .append(page.shown(question.options().get(order.get(position)).text()));
        }
        page.line(lines.toString());
    }

    private void continueButton(Page page, @Nullable Place place) {
        if (place != null) {
            catalog.lesson(place.lessonId()).ifPresent(lesson -> page.button("learn.continue",
                    Map.of("lesson", page.shown(lesson.title())), "l:c"));
        }
    }
}
