package org.lighthouse.impact;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.lighthouse.channel.Button;
import org.lighthouse.channel.Reply;
import org.lighthouse.conversation.Features.ButtonAction;
import org.lighthouse.conversation.Features.MenuOffer;
import org.lighthouse.conversation.Features.Welcome;
import org.lighthouse.conversation.Turn;
import org.lighthouse.safety.SafetyConversations;
import org.springframework.stereotype.Component;

/**
 * The anonymous check-in in the chat. A person new to the bot is offered the baseline at the first menu after choosing
 * their language; the follow-up comes at a menu once a series is finished or 30 days after the baseline was offered.
 * Each phase is offered once, never while a case is open nor to staff (teachers, admins, responders); "Not now" or
 * walking away ends it.
 * Questions come one at a time, without saying which answer is right, and each answer is stored at once as a
 * {@link CheckinAnswer}.
 *
 * <p>Buttons are {@code ci:go:<phase>} (start), {@code ci:no:<phase>} (not now),
 * {@code ci:a:<phase>:<question>:<option>} (an answer) and {@code ci:s:<phase>:<question>} (skip the question). A
 * button that does not fit the chat's step, or a question already answered, is refused and stores nothing.
 */
@Component
class CheckinFlow implements Welcome, MenuOffer, ButtonAction {

    static final String PREFIX = "ci";
    /** The conversation's step at the menu: the offer leaves the person there, with the phase it offers kept. */
    private static final String HOME = "menu";
    private static final String ASKING = "checkin.question";
    private static final String OFFERED = "checkinOffered";
    private static final String PHASE = "checkinPhase";
    private static final String PAIR = "checkinPair";
    private static final String POSITION = "checkinPosition";
    /** Kept once the person gave an answer in this check-in, rather than skipping every question. */
    private static final String ANSWERED = "checkinAnswered";

    private final Checkins checkins;
    private final CheckinQuestions questions;
    private final CheckinAnswers answers;
    private final AnswerLabels labels;
    private final SafetyConversations safety;
    private final ProgrammeStaff staff;
    private final Clock clock;

    CheckinFlow(Checkins checkins, CheckinQuestions questions, CheckinAnswers answers, AnswerLabels labels,
            SafetyConversations safety, ProgrammeStaff staff, Clock clock) {
        this.checkins = checkins;
        this.questions = questions;
        this.answers = answers;
        this.labels = labels;
        this.safety = safety;
        this.staff = staff;
        this.clock = clock;
    }

    @Override
    public void welcomed(Turn turn) {
        checkins.welcome(turn.chat().key());
    }

    @Override
    public boolean offer(Turn turn) {
        String chat = turn.chat().key();
        Optional<Phase> due = checkins.find(chat).flatMap(c -> c.due(clock.instant()));
        if (due.isEmpty() || safety.hasOpenCase(turn.chat()) || staff.includes(turn.chat())
                || !checkins.offer(chat, due.get(), clock.instant())) {
            return false;
        }
        Phase phase = due.get();
        turn.keep(OFFERED, phase.name());
        if (phase == Phase.AFTER) {
            // the key leaves the record now: from here it lives only in the conversation's step, until it changes
            checkins.takePair(chat).ifPresent(pair -> turn.keep(PAIR, pair));
        }
        String intro = phase == Phase.BEFORE ? "checkin.offer" : "checkin.offerAgain";
        turn.reply(Reply.withButtons(turn.text(intro, Map.of("count", questions.all().size())), List.of(List.of(
                Button.of(turn.text("checkin.start"), data("go", phase)),
                Button.of(turn.text("checkin.notNow"), data("no", phase))))));
        return true;
    }

    @Override
    public String prefix() {
        return PREFIX;
    }

    @Override
    public void press(Turn turn, String payload) {
        String[] parts = payload.split(":", -1);
        boolean offer = parts[0].equals("go") || parts[0].equals("no");
        Optional<Phase> phase = turn.step().equals(offer ? HOME : ASKING) && parts.length > 1
                ? turn.slot(offer ? OFFERED : PHASE).filter(parts[1]::equals).map(Phase::valueOf) : Optional.empty();
        if (phase.isEmpty() || offer && parts.length != 2) {
            turn.refuseButton();
            return;
        }
        switch (parts[0]) {
            case "go" -> start(turn, phase.get());
            case "no" -> notNow(turn);
            case "a", "s" -> answer(turn, phase.get(), parts);
            default -> turn.refuseButton();
        }
    }

    private void start(Turn turn, Phase phase) {
        Optional<String> pair = phase == Phase.BEFORE ? Optional.of(checkins.pair(turn.chat().key()))
                : turn.slot(PAIR);
        turn.goTo(ASKING);
        turn.keep(PHASE, phase.name());
        pair.ifPresent(p -> turn.keep(PAIR, p));
        ask(turn, phase, 0);
    }

    private void notNow(Turn turn) {
        turn.drop(OFFERED);
        turn.drop(PAIR);
        turn.replyInPlace(turn.text("checkin.skipped"), List.of());
        turn.showMenu();
    }

    /** An answer ({@code a}) or a skip ({@code s}) of the question at the chat's position; anything else is refused. */
    private void answer(Turn turn, Phase phase, String[] parts) {
        boolean skip = parts[0].equals("s");
        int position = turn.slot(POSITION).map(Integer::parseInt).orElse(-1);
        List<CheckinQuestion> all = questions.all();
        if (parts.length != (skip ? 3 : 4) || !parts[2].equals(Integer.toString(position)) || position < 0
                || position >= all.size()) {
            turn.refuseButton();
            return;
        }
        CheckinQuestion question = all.get(position);
        Optional<CheckinQuestion.Option> chosen = skip ? Optional.empty() : option(question, parts[3]);
        if (!skip && chosen.isEmpty() || !checkins.pass(turn.chat().key(), phase, position)) {
            turn.refuseButton();
            return;
        }
        chosen.ifPresent(option -> turn.keep(ANSWERED, "yes"));
        // a random id: the database's own (an ObjectId) holds the second of the insert, which would point to the chat
        chosen.ifPresent(option -> answers.add(List.of(new CheckinAnswer(UUID.randomUUID().toString(), question.id(),
                phase, option.right(), turn.slot(PAIR).orElse(null), turn.language(), labels.channel(turn.chat()),
                labels.classroom(turn.chat()).orElse(null), AnswerLabels.week(clock.instant())))));
        if (position + 1 < all.size()) {
            ask(turn, phase, position + 1);
        } else {
            thank(turn, phase);
        }
    }

    private static Optional<CheckinQuestion.Option> option(CheckinQuestion question, String payload) {
        if (!payload.matches("[0-9]")) {
            return Optional.empty();
        }
        int index = Integer.parseInt(payload);
        return index < question.options().size() ? Optional.of(question.options().get(index)) : Optional.empty();
    }

    private void ask(Turn turn, Phase phase, int position) {
        List<CheckinQuestion> all = questions.all();
        CheckinQuestion question = all.get(position);
        turn.keep(POSITION, Integer.toString(position));
        StringBuilder text = new StringBuilder(turn.text("checkin.header", Map.of("n", position + 1, "total",
                all.size()))).append('\n').append(question.prompt(turn.language())).append('\n');
        List<Button> letters = new ArrayList<>();
        for (int i = 0; i < question.options().size(); i++) {
            String letter = String.valueOf((char) ('A' + i));
            text.append('\n').append(letter).append(". ").append(question.options().get(i).text(turn.language()));
            letters.add(Button.of(letter, data("a", phase) + ":" + position + ":" + i));
        }
        turn.replyInPlace(text.toString(), List.of(letters,
                List.of(Button.of(turn.text("checkin.skip"), data("s", phase) + ":" + position))));
    }

    /** Thanks for the answers; or, when every question was skipped, says nothing was saved and keeps no key. */
    private void thank(Turn turn, Phase phase) {
        boolean answered = turn.slot(ANSWERED).isPresent();
        checkins.finish(turn.chat().key(), phase, clock.instant());
        if (!answered) {
            checkins.takePair(turn.chat().key());
        }
        turn.goTo(HOME);
        String thanks = !answered ? "checkin.skipped" : phase == Phase.BEFORE ? "checkin.thanks" : "checkin.thanksAgain";
        turn.replyInPlace(turn.text(thanks), List.of(List.of(Button.of(turn.text("menu.learn"), "m:learn"),
                Button.of(turn.text("menu.home"), "m:home"))));
    }

    private static String data(String action, Phase phase) {
        return PREFIX + ":" + action + ":" + phase.name();
    }
}
