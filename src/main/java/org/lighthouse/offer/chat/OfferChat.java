package org.lighthouse.offer.chat;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.lighthouse.channel.Button;
import org.lighthouse.conversation.Features.ButtonAction;
import org.lighthouse.conversation.Features.MenuAction;
import org.lighthouse.conversation.Features.TextReader;
import org.lighthouse.conversation.Features.TextStep;
import org.lighthouse.conversation.MenuItem;
import org.lighthouse.conversation.Turn;
import org.lighthouse.offer.OfferAssessment;
import org.lighthouse.offer.OfferCheck;
import org.lighthouse.offer.OfferKind;
import org.lighthouse.offer.RedFlag;
import org.lighthouse.offer.Risk;
import org.lighthouse.offer.RiskRating;
import org.lighthouse.offer.chat.OfferRecord.Method;
import org.lighthouse.offer.photo.OfferPhotos;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * "Check an offer": the person pastes or forwards an offer, or sends a photo of it ({@link OfferPhotoChat}), or
 * answers a few questions instead, and gets its red flags, the risk, what to check and whom to call. A long text that
 * reads like an offer, sent outside the check, gets the question whether to check it rather than a silent guess.
 */
@Component
class OfferChat implements MenuAction, TextStep, TextReader, ButtonAction {

    static final String ASKING = "offer.text";
    static final String GUIDED = "offer.q";
    private static final String PENDING = "offerPending";
    private static final int OFFER_LIKE_LENGTH = 120;

    private final OfferCheck check;
    private final OfferAnswer answer;
    private final GuidedQuestions guided;
    private final OfferPhotos photos;
    private final MongoTemplate mongo;
    private final Clock clock;

    OfferChat(OfferCheck check, OfferAnswer answer, GuidedQuestions guided, OfferPhotos photos, MongoTemplate mongo,
            Clock clock) {
        this.check = check;
        this.answer = answer;
        this.guided = guided;
        this.photos = photos;
        this.mongo = mongo;
        this.clock = clock;
    }

    @Override
    public MenuItem item() {
        return MenuItem.CHECK_OFFER;
    }

    /** Asks for the offer; a photo of it is welcome where the channel's photos can be read. */
    @Override
    public void open(Turn turn) {
        turn.goTo(ASKING);
        String prompt = turn.text("offer.prompt");
        turn.replyInPlace(photos.readable(turn.chat()) ? prompt + "\n" + turn.text("offer.photo.welcome") : prompt,
                guidedOrMenu(turn));
    }

    @Override
    public String stepPrefix() {
        return ASKING;
    }

    @Override
    public boolean asksForText() {
        return true;
    }

    @Override
    public void read(Turn turn, String text) {
        checkText(turn, text, turn.inbound().forwarded() ? Method.FORWARDED : Method.TEXT);
    }

    /** A forwarded message is checked at once; a long text that reads like an offer gets a question first. */
    @Override
    public boolean answers(Turn turn, String text) {
        if (turn.inbound().forwarded()) {
            checkText(turn, text, Method.FORWARDED);
            return true;
        }
        OfferAssessment probe = check.check(text, null);
        if (probe.tooLittle() || text.length() < OFFER_LIKE_LENGTH && probe.flags().size() < 2) {
            return false;
        }
        turn.goTo("offer.ask");
        turn.keep(PENDING, text);
        turn.replyInPlace(turn.text("offer.askCheck"), List.of(List.of(Button.of(turn.text("offer.yes"), "o:y"),
                Button.of(turn.text("offer.no"), "o:n"))));
        return true;
    }

    @Override
    public String prefix() {
        return "o";
    }

    @Override
    public void press(Turn turn, String payload) {
        String[] p = payload.split(":");
        switch (p[0]) {
            case "again" -> open(turn);
            case "g" -> guided.chooseKind(turn);
            case "k" -> kind(p).ifPresentOrElse(k -> guided.start(turn, k), turn::refuseButton);
            case "a" -> guided.answer(turn, p).ifPresent(flags -> result(turn, guided.kindOf(turn), flags,
                    Risk.rating(guided.kindOf(turn), flags), Method.GUIDED));
            case "y" -> turn.slot(PENDING).ifPresentOrElse(text -> checkText(turn, text, Method.TEXT),
                    turn::refuseButton);
            case "n" -> {
                turn.goTo("menu");
                turn.say("offer.notChecked");
                turn.showMenu();
            }
            default -> turn.refuseButton();
        }
    }

    /** Checks an offer's text (typed, forwarded, or read from a photo) and answers with what it found. */
    void checkText(Turn turn, String text, Method method) {
        OfferAssessment assessment = check.check(text, null);
        if (assessment.tooLittle()) {
            askAgain(turn, "offer.tooLittle");
            return;
        }
        // the text's own rating: its words may raise it, or show the legal way where the flags alone would not
        result(turn, assessment.kind(), assessment.flags(), assessment.rating(), method);
        turn.keep(Turn.SHARED_TEXT, text);
    }

    /** Says why the offer could not be checked, and waits for it again, or for the guided questions. */
    static void askAgain(Turn turn, String why) {
        turn.goTo(ASKING);
        turn.replyInPlace(turn.text(why), guidedOrMenu(turn));
    }

    private static List<List<Button>> guidedOrMenu(Turn turn) {
        return List.of(List.of(Button.of(turn.text("offer.guided"), "o:g")),
                List.of(Button.of(turn.text("offer.menu"), "m:home")));
    }

    private void result(Turn turn, OfferKind kind, Set<RedFlag> flags, RiskRating rating, Method method) {
        turn.goTo("offer.result");
        mongo.insert(new OfferRecord(kind, flags, rating.risk(), turn.language(), method, clock.instant()));
        answer.show(turn, kind, flags, rating);
    }

    private static Optional<OfferKind> kind(String[] p) {
        return p.length == 2 ? OfferKind.named(p[1]) : Optional.empty();
    }
}
