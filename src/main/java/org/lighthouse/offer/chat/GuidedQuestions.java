package org.lighthouse.offer.chat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.lighthouse.channel.Button;
import org.lighthouse.conversation.Turn;
import org.lighthouse.offer.OfferKind;
import org.lighthouse.offer.RedFlag;
import org.springframework.stereotype.Component;

/**
 * The guided check: the kind of offer, then yes / no / not sure questions one by one (each answer edits the same
 * message), for people who prefer answering to pasting, or whose text said too little.
 */
@Component
class GuidedQuestions {

    private static final String KIND = "offerKind";
    private static final String ANSWERS = "offerAnswers";

    private final Guide guide = new Guide();

    void chooseKind(Turn turn) {
        List<List<Button>> kinds = Arrays.stream(OfferKind.values())
                .map(k -> List.of(Button.of(turn.text("offer.kindButton." + k), "o:k:" + k))).toList();
        turn.replyInPlace(turn.text("offer.whichKind"), kinds);
    }

    void start(Turn turn, OfferKind kind) {
        turn.goTo(OfferChat.GUIDED);
        turn.keep(KIND, kind.name());
        turn.keep(ANSWERS, "");
        ask(turn, kind, "");
    }

    /** Takes an answer ({@code a:<KIND>:<question>:<y|n|u>}); gives the flags once the last question is answered. */
    Optional<Set<RedFlag>> answer(Turn turn, String[] p) {
        Optional<String> kindName = turn.slot(KIND);
        String answers = turn.slot(ANSWERS).orElse("");
        Optional<Integer> expected = kindName.flatMap(OfferKind::named).flatMap(k -> guide.next(k, answers));
        if (p.length != 4 || kindName.isEmpty() || !p[1].equals(kindName.get()) || expected.isEmpty()
                || !p[2].equals(expected.get().toString()) || !Set.of("y", "n", "u").contains(p[3])) {
            turn.say("offer.staleQuestion");
            return Optional.empty();
        }
        OfferKind kind = OfferKind.valueOf(kindName.get());
        String given = answers + "-".repeat(expected.get() - answers.length()) + p[3];
        turn.keep(ANSWERS, given);
        if (guide.next(kind, given).isPresent()) {
            ask(turn, kind, given);
            return Optional.empty();
        }
        return Optional.of(guide.flags(kind, given));
    }

    OfferKind kindOf(Turn turn) {
        return OfferKind.valueOf(turn.slot(KIND).orElseThrow());
    }

    private void ask(Turn turn, OfferKind kind, String answers) {
        int index = guide.next(kind, answers).orElseThrow();
        Guide.Question question = guide.of(kind).get(index);
        String data = "o:a:" + kind + ":" + index + ":";
        turn.replyInPlace(turn.text("offer.questionHeader", Map.of("n", answers.replace("-", "").length() + 1))
                + "\n\n" + turn.text("offer.q." + kind + "." + question.id()), List.of(List.of(
                        Button.of(turn.text("offer.answer.y"), data + "y"),
                        Button.of(turn.text("offer.answer.n"), data + "n"),
                        Button.of(turn.text("offer.answer.u"), data + "u"))));
    }
}
