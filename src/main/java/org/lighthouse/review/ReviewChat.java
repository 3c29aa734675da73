package org.lighthouse.review;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.lighthouse.channel.Button;
import org.lighthouse.channel.ChatRef;
import org.lighthouse.channel.Reply;
import org.lighthouse.content.Catalog;
import org.lighthouse.content.ContentReviews;
import org.lighthouse.content.ContentReviews.Outcome;
import org.lighthouse.content.ContentReviews.Reviewer;
import org.lighthouse.content.ContentStaff;
import org.lighthouse.content.ContentStatus.DraftText;
import org.lighthouse.content.Lesson;
import org.lighthouse.conversation.Features.ButtonAction;
import org.lighthouse.conversation.Features.Command;
import org.lighthouse.conversation.Features.TextStep;
import org.lighthouse.conversation.Turn;
import org.lighthouse.shared.Language;
import org.springframework.stereotype.Component;

/**
 * {@code /review hmn}: the next draft text not yet reviewed, beside the Vietnamese, with Approve, Skip and Stop; a
 * text typed instead is the correction. After each, the next text; at the end, what was done and what is left. The
 * buttons carry an action and the number of the text shown ({@code rv:a:12}): any other is refused.
 */
@Component
class ReviewChat implements Command, ButtonAction, TextStep {

    private static final String APPROVE = "a";
    private static final String SKIP = "s";
    private static final String STOP = "x";

    private final ContentStaff staff;
    private final ContentReviews reviews;
    private final Catalog catalog;

    ReviewChat(ContentStaff staff, ContentReviews reviews, Catalog catalog) {
        this.staff = staff;
        this.reviews = reviews;
        this.catalog = catalog;
    }

    @Override
    public Set<String> names() {
        return Set.of("review");
    }

    @Override
    public String prefix() {
        return "rv";
    }

    @Override
    public String stepPrefix() {
        return ReviewSession.STEP;
    }

    /** Only a reviewer hears of reviewing; anyone else gets the answer to a command the bot does not know. */
    @Override
    public void run(Turn turn) {
        if (reviewer(turn).isEmpty()) {
            turn.answerUnknownCommand();
            return;
        }
        Optional<Language> language = Language.ofCode(turn.inbound().commandArgument().strip()
                .toLowerCase(Locale.ROOT));
        if (language.isEmpty()) {
            turn.say("review.usage");
            return;
        }
        next(turn, ReviewSession.start(turn, language.get()), null);
    }

    @Override
    public void press(Turn turn, String payload) {
        ReviewSession session = new ReviewSession(turn);
        Optional<Reviewer> reviewer = reviewer(turn);
        if (reviewer.isEmpty() || !session.open()) {
            turn.refuseButton();
            return;
        }
        String[] parts = payload.split(":", -1);
        if (parts.length != 2 || !Set.of(APPROVE, SKIP, STOP).contains(parts[0]) || !session.showing(parts[1])) {
            turn.say("review.oldButton");
            again(turn, session);
            return;
        }
        if (parts[0].equals(STOP)) {
            finish(turn, session);
            return;
        }
        current(session).ifPresentOrElse(text -> {
            if (parts[0].equals(SKIP)) {
                session.skip(text);
                next(turn, session, "review.skippedOne");
            } else {
                saved(turn, session, reviews.approve(text, reviewer.get()), ReviewSession.APPROVED);
            }
        }, () -> gone(turn, session));
    }

    /** A reviewer's correction is a lesson's text, full of danger by design: the safety stage must not read it. */
    @Override
    public boolean contentWork(Turn turn) {
        return reviewer(turn).isPresent() && new ReviewSession(turn).open();
    }

    /** Typed text is the correction of the text shown. */
    @Override
    public void read(Turn turn, String text) {
        ReviewSession session = new ReviewSession(turn);
        Optional<Reviewer> reviewer = reviewer(turn);
        if (reviewer.isEmpty() || !session.open()) {
            turn.goTo("menu");
            turn.say("unknown.text");
            turn.showMenu();
            return;
        }
        current(session).ifPresentOrElse(
                shown -> saved(turn, session, reviews.correct(shown, text, reviewer.get()), ReviewSession.CORRECTED),
                () -> gone(turn, session));
    }

    private void saved(Turn turn, ReviewSession session, Outcome outcome, String counted) {
        if (outcome instanceof Outcome.Saved) {
            session.add(counted);
            next(turn, session, "review." + counted + "One");
        } else if (outcome instanceof Outcome.TooLong tooLong) {
            turn.say("review.tooLong", Map.of("max", tooLong.longest(), "length", tooLong.length()));
        } else if (outcome instanceof Outcome.NoContact) {
            turn.say("review.noContact");
        } else {
            gone(turn, session);
        }
    }

    /** The text shown, if it still awaits review as the reviewer saw it. */
    private Optional<DraftText> current(ReviewSession session) {
        return session.lesson().flatMap(lesson -> session.field()
                .flatMap(field -> reviews.awaiting(session.language(), lesson, field))).filter(session::saw);
    }

    private void gone(Turn turn, ReviewSession session) {
        turn.say("review.gone");
        next(turn, session, null);
    }

    /** The text shown again, with the same number, or the next one when it no longer awaits review. */
    private void again(Turn turn, ReviewSession session) {
        Optional<DraftText> shown = current(session);
        if (shown.isPresent()) {
            show(turn, session, shown.get(), session.number(), null);
        } else {
            next(turn, session, null);
        }
    }

    private void next(Turn turn, ReviewSession session, @Nullable String done) {
        List<DraftText> awaiting = reviews.awaiting(session.language());
        Optional<DraftText> text = awaiting.stream().filter(t -> !session.skipped(t)).findFirst();
        if (text.isPresent()) {
            show(turn, session, text.get(), session.show(text.get()), done);
            return;
        }
        if (done != null) {
            turn.say(done);
        }
        turn.say("review.none", Map.of("language", languageName(turn, session.language())));
        finish(turn, session);
    }

    private void show(Turn turn, ReviewSession session, DraftText text, String number, @Nullable String done) {
        Lesson lesson = catalog.lesson(text.lesson()).orElseThrow();
        Place place = Place.of(text.field()).orElseThrow();
        Language language = session.language();
        StringBuilder message = new StringBuilder();
        if (done != null) {
            message.append(turn.text(done)).append("\n\n");
        }
        message.append(turn.text("review.header", Map.of("language", languageName(turn, language), "left",
                reviews.awaiting(language).size()))).append('\n');
        message.append(turn.text("review.where", Map.of("lesson", text.lessonTitle(), "id", text.lesson(), "place",
                place.told(turn, lesson)))).append("\n\n");
        if (language != Language.VI) {
            message.append(turn.text("review.vietnamese")).append('\n')
                    .append(place.text(lesson).in(Language.VI).orElse("")).append("\n\n");
        }
        message.append(turn.text("review.draft", Map.of("language", languageName(turn, language)))).append('\n')
                .append(text.text()).append("\n\n").append(turn.text("review.ask"));
        turn.reply(Reply.withButtons(message.toString(), List.of(
                List.of(Button.of(turn.text("review.approve"), "rv:" + APPROVE + ":" + number),
                        Button.of(turn.text("review.skip"), "rv:" + SKIP + ":" + number)),
                List.of(Button.of(turn.text("review.stop"), "rv:" + STOP + ":" + number)))));
    }

    private void finish(Turn turn, ReviewSession session) {
        turn.say("review.summary", Map.of("approved", session.count(ReviewSession.APPROVED), "corrected",
                session.count(ReviewSession.CORRECTED), "skipped", session.count(ReviewSession.SKIPPED), "left",
                reviews.awaiting(session.language()).size()));
        turn.goTo("menu");
        turn.showMenu();
    }

    /** The reviewer, known by a Telegram user id that Telegram vouches for; nobody on other channels. */
    private Optional<Reviewer> reviewer(Turn turn) {
        String sender = turn.inbound().sender();
        if (turn.chat().channel() != ChatRef.Channel.TELEGRAM || !sender.matches("\\d{1,18}")) {
            return Optional.empty();
        }
        long user = Long.parseLong(sender);
        return staff.reviews(user) ? Optional.of(new Reviewer(user, staff.name(user))) : Optional.empty();
    }

    private static String languageName(Turn turn, Language language) {
        return turn.text("review.language." + language.code());
    }
}
