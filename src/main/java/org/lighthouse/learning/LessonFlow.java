package org.lighthouse.learning;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.bson.types.ObjectId;
import org.lighthouse.content.Catalog;
import org.lighthouse.content.Lesson;
import org.lighthouse.content.Lesson.Question;
import org.lighthouse.conversation.Features.ButtonAction;
import org.lighthouse.conversation.Features.MenuAction;
import org.lighthouse.conversation.Features.TextStep;
import org.lighthouse.conversation.MenuItem;
import org.lighthouse.conversation.Turn;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * "Learn": series, lessons card by card, the quiz with feedback, the score, and reviews of missed questions. Every
 * button names the place it belongs to; a button that does not match where the learner is (stale, forged, another
 * attempt) changes nothing and offers to continue where they are.
 */
@Component
class LessonFlow implements ButtonAction, MenuAction, TextStep {

    static final String STEP = "learn";

    private final Catalog catalog;
    private final Progresses progresses;
    private final QuizAttempts attempts;
    private final Screens screens;
    private final LearningSettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    LessonFlow(Catalog catalog, Progresses progresses, QuizAttempts attempts, Screens screens, LearningSettings settings,
            ApplicationEventPublisher events, Clock clock) {
        this.catalog = catalog;
        this.progresses = progresses;
        this.attempts = attempts;
        this.screens = screens;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public String prefix() {
        return "l";
    }

    @Override
    public MenuItem item() {
        return MenuItem.LEARN;
    }

    @Override
    public String stepPrefix() {
        return STEP;
    }

    @Override
    public void open(Turn turn) {
        home(turn, progress(turn));
    }

    @Override
    public void read(Turn turn, String text) {
        screens.useButtons(turn, progress(turn).place());
    }

    @Override
    public void press(Turn turn, String payload) {
        turn.goTo(STEP);
        String[] p = payload.split(":");
        LearnerProgress progress = progress(turn);
        try {
            switch (p[0]) {
                case "h" -> home(turn, progress);
                case "s" -> catalog.series(p[1]).ifPresentOrElse(s -> screens.series(turn, s, progress),
                        turn::refuseButton);
                case "o" -> open(turn, progress, p[1]);
                case "c" -> resume(turn, progress);
                case "n" -> next(turn, progress, p[1], Integer.parseInt(p[2]));
                case "z" -> startQuiz(turn, progress, p[1]);
                case "a" -> answer(turn, progress, p[1], Integer.parseInt(p[2]), Integer.parseInt(p[3]));
                case "q" -> question(turn, progress, p[1], Integer.parseInt(p[2]));
                case "r" -> review(turn, progress);
                case "v" -> reviewAnswer(turn, progress, p[1], p[2], Integer.parseInt(p[3]));
                default -> turn.refuseButton();
            }
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
            turn.refuseButton();
        }
    }

    private void home(Turn turn, LearnerProgress progress) {
        turn.goTo(STEP);
        screens.home(turn, progress, progress.due(clock.instant()).size());
    }

    private void open(Turn turn, LearnerProgress progress, String lessonId) {
        Optional<Lesson> lesson = catalog.lesson(lessonId);
        if (lesson.isEmpty()) {
            turn.refuseButton();
        } else if (progress.place() != null && progress.place().lessonId().equals(lessonId)) {
            resume(turn, progress);
        } else {
            save(progress.startLesson(lessonId, clock.instant()));
            events.publishEvent(new LessonStarted(progress.learner(), lessonId, clock.instant()));
            screens.card(turn, lesson.get(), 0);
        }
    }

    private void resume(Turn turn, LearnerProgress progress) {
        Place place = progress.place();
        if (place == null) {
            home(turn, progress);
            return;
        }
        Lesson lesson = catalog.lesson(place.lessonId()).orElseThrow();
        if (place.stage() == Place.Stage.CARD) {
            screens.card(turn, lesson, Math.min(place.index(), lesson.cards().size() - 1));
        } else if (place.answered()) {
            question(turn, progress, place.attempt(), place.index() + 1);
        } else {
            showQuestion(turn, progress, lesson, place.attempt(), place.index());
        }
    }

    private void next(Turn turn, LearnerProgress progress, String lessonId, int card) {
        Optional<Lesson> lesson = catalog.lesson(lessonId);
        if (lesson.isEmpty() || progress.place() == null || !progress.place().isCard(lessonId, card)
                || card + 1 >= lesson.get().cards().size()) {
            screens.stale(turn, progress.place());
            return;
        }
        save(progress.at(Place.card(lessonId, card + 1), clock.instant()));
        screens.card(turn, lesson.get(), card + 1);
    }

    private void startQuiz(Turn turn, LearnerProgress progress, String lessonId) {
        Optional<Lesson> lesson = catalog.lesson(lessonId);
        if (lesson.isEmpty() || progress.place() == null
                || !progress.place().isCard(lessonId, lesson.get().cards().size() - 1)) {
            screens.stale(turn, progress.place());
            return;
        }
        // an ObjectId: 8 random hex characters met another learner's attempt within 100,000 of them, and replaced it
        String attemptId = new ObjectId().toHexString();
        attempts.insert(new QuizAttempt(attemptId, progress.learner(), lessonId, List.of(), clock.instant(), null,
                null));
        save(progress.at(Place.question(lessonId, attemptId, 0), clock.instant()));
        showQuestion(turn, progress, lesson.get(), attemptId, 0);
    }

    private void answer(Turn turn, LearnerProgress progress, String attemptId, int index, int position) {
        Place place = progress.place();
        Optional<QuizAttempt> attempt = attempts.findById(attemptId);
        if (place == null || !place.isQuestion(attemptId, index) || place.answered() || attempt.isEmpty()
                || !attempt.get().learner().equals(progress.learner())) {
            screens.stale(turn, place);
            return;
        }
        Lesson lesson = catalog.lesson(place.lessonId()).orElseThrow();
        Question question = lesson.quiz().get(index);
        List<Integer> order = order(progress, lesson, question);
        if (position >= order.size()) {
            turn.refuseButton();
            return;
        }
        boolean right = order.get(position) == question.correctOption();
        attempts.save(attempt.get().answer(new QuizAttempt.Answer(question.id(), order.get(position), right,
                clock.instant())));
        LearnerProgress after = progress.at(place.answeredNow(), clock.instant());
        save(right ? after : after.missed(lesson.id(), question.id(), clock.instant(), settings.reviewGaps()));
        events.publishEvent(new QuizAnswered(progress.learner(), lesson.id(), question.id(), right, clock.instant()));
        boolean last = index + 1 == lesson.quiz().size();
        screens.feedback(turn, question, order, right, last ? "learn.seeScore" : "learn.nextQuestion",
                "l:q:" + attemptId + ":" + (index + 1));
    }

    /** Shows question {@code index} after the previous one was answered, or the score after the last. */
    private void question(Turn turn, LearnerProgress progress, String attemptId, int index) {
        Place place = progress.place();
        if (place == null || !place.isQuestion(attemptId, index - 1) || !place.answered()) {
            screens.stale(turn, place);
            return;
        }
        Lesson lesson = catalog.lesson(place.lessonId()).orElseThrow();
        if (index < lesson.quiz().size()) {
            save(progress.at(Place.question(lesson.id(), attemptId, index), clock.instant()));
            showQuestion(turn, progress, lesson, attemptId, index);
        } else {
            finish(turn, progress, lesson, attemptId);
        }
    }

    private void finish(Turn turn, LearnerProgress progress, Lesson lesson, String attemptId) {
        QuizAttempt attempt = attempts.findById(attemptId).orElseThrow().finish(clock.instant());
        attempts.save(attempt);
        int total = lesson.quiz().size();
        LearnerProgress done = progress.finishLesson(lesson.id(), attempt.score(), total, clock.instant());
        save(done);
        events.publishEvent(new LessonCompleted(progress.learner(), lesson.id(), attempt.score(), total,
                clock.instant()));
        if (!progress.completed(lesson.id())) {
            seriesCompleted(done, lesson);
        }
        screens.score(turn, lesson, attempt.score(), total, screens.nextLesson(done).orElse(null));
    }

    /** Each series that the lesson, finished for the first time, completes. */
    private void seriesCompleted(LearnerProgress done, Lesson lesson) {
        catalog.series().stream().filter(s -> s.lessonIds().contains(lesson.id()))
                .filter(s -> s.lessonIds().stream().allMatch(done::completed))
                .forEach(s -> events.publishEvent(new SeriesCompleted(done.learner(), s.id(), clock.instant())));
    }

    private void review(Turn turn, LearnerProgress progress) {
        List<ReviewItem> due = progress.due(clock.instant());
        Optional<Lesson> lesson = due.isEmpty() ? Optional.empty() : catalog.lesson(due.get(0).lessonId());
        Optional<Question> question = lesson.flatMap(l -> l.question(due.get(0).questionId()));
        if (question.isEmpty()) {
            home(turn, progress);
            return;
        }
        screens.reviewQuestion(turn, lesson.get(), question.get(), due.size(),
                order(progress, lesson.get(), question.get()));
    }

    private void reviewAnswer(Turn turn, LearnerProgress progress, String lessonId, String questionId, int position) {
        boolean due = progress.due(clock.instant()).stream().anyMatch(r -> r.isFor(lessonId, questionId));
        Optional<Question> question = catalog.lesson(lessonId).flatMap(l -> l.question(questionId));
        if (!due || question.isEmpty()) {
            screens.stale(turn, progress.place());
            return;
        }
        List<Integer> order = order(progress, catalog.lesson(lessonId).orElseThrow(), question.get());
        if (position >= order.size()) {
            turn.refuseButton();
            return;
        }
        boolean right = order.get(position) == question.get().correctOption();
        LearnerProgress after = progress.reviewed(lessonId, questionId, right, clock.instant(), settings.reviewGaps());
        save(after);
        attempts.insert(QuizAttempt.review(progress.learner(), lessonId, new QuizAttempt.Answer(questionId,
                order.get(position), right, clock.instant())));
        boolean more = !after.due(clock.instant()).isEmpty();
        screens.feedback(turn, question.get(), order, right, more ? "learn.nextReview" : "learn.reviewDone",
                more ? "l:r" : "l:h");
    }

    private void showQuestion(Turn turn, LearnerProgress progress, Lesson lesson, String attemptId, int index) {
        Question question = lesson.quiz().get(index);
        screens.question(turn, lesson, index, order(progress, lesson, question), "l:a:" + attemptId + ":" + index);
    }

    private static List<Integer> order(LearnerProgress progress, Lesson lesson, Question question) {
        return OptionOrder.of(progress.learner(), lesson.id(), question.id(), question.options().size());
    }

    private LearnerProgress progress(Turn turn) {
        String learner = turn.chat().key();
        return progresses.findById(learner).orElseGet(() -> LearnerProgress.fresh(learner, clock.instant()));
    }

    private void save(LearnerProgress progress) {
        progresses.save(progress);
    }
}
