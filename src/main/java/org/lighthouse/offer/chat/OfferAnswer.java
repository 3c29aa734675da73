package org.lighthouse.offer.chat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.lighthouse.channel.Button;
import org.lighthouse.conversation.Turn;
import org.lighthouse.offer.OfferKind;
import org.lighthouse.offer.RedFlag;
import org.lighthouse.offer.Risk;
import org.lighthouse.offer.RiskRating;
import org.springframework.stereotype.Component;

/**
 * The answer to an offer check, short enough for a phone: the risk, each flag in one plain sentence, two to four
 * concrete checks, and for a high risk an offer to talk to a person. Never says an offer is safe.
 */
@Component
class OfferAnswer {

    private static final int MOST_CHECKS = 4;

    void show(Turn turn, OfferKind kind, Set<RedFlag> flags, RiskRating rating) {
        Risk risk = rating.risk();
        StringBuilder text = new StringBuilder(turn.text("offer.risk." + risk, Map.of("kind",
                turn.text("offer.kind." + kind))));
        for (RedFlag flag : flags) {
            text.append("\n• ").append(turn.text("offer.flag." + flag));
        }
        whyHigh(rating, kind).ifPresent(why -> text.append("\n• ").append(turn.text(why)));
        text.append("\n\n").append(turn.text("offer.checksTitle"));
        for (String check : checks(kind, flags)) {
            text.append("\n✔ ").append(turn.text("offer.check." + check));
        }
        List<List<Button>> buttons = new ArrayList<>();
        if (risk == Risk.HIGH) {
            buttons.add(List.of(Button.of(turn.text("offer.talk"), "s:talk:offer")));
        }
        buttons.add(List.of(Button.of(turn.text("offer.again"), "o:again"), Button.of(turn.text("offer.menu"), "m:home")));
        turn.replyInPlace(text.toString(), buttons);
    }

    /**
     * The sentence that says why an offer is high risk when none of its flags shown does: the kind of offer with
     * these flags, or its words.
     */
    private static Optional<String> whyHigh(RiskRating rating, OfferKind kind) {
        if (rating.risk() != Risk.HIGH) {
            return Optional.empty();
        }
        return switch (rating.basis()) {
            case FLAGS -> Optional.empty();
            case KIND -> Optional.of("offer.whyHigh.kind." + kind);
            case WORDING -> Optional.of("offer.whyHigh.wording");
        };
    }

    /** The checks that fit the kind and the flags, most important first, always ending with who to call. */
    static List<String> checks(OfferKind kind, Set<RedFlag> flags) {
        Set<String> checks = new LinkedHashSet<>();
        if (flags.contains(RedFlag.MINOR)) {
            checks.add("minor");
        }
        if (flags.contains(RedFlag.DOCUMENTS_HELD) || flags.contains(RedFlag.CROSS_BORDER)) {
            checks.add("keepId");
        }
        if (kind == OfferKind.JOB) {
            checks.add("licence");
            checks.add("contract");
        }
        if (flags.contains(RedFlag.UPFRONT_FEE_OR_DEBT)) {
            checks.add("noFee");
        }
        if (kind != OfferKind.JOB && (flags.contains(RedFlag.ONLINE_ONLY) || flags.contains(RedFlag.TRIP_INVITATION))) {
            checks.add("meet");
        }
        checks.add("family");
        List<String> chosen = new ArrayList<>(checks).subList(0, Math.min(checks.size(), MOST_CHECKS - 1));
        List<String> all = new ArrayList<>(chosen);
        all.add("call111");
        return all;
    }
}
