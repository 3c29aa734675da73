package org.lighthouse.offer;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.lighthouse.shared.DataField;
import org.lighthouse.shared.DataFile;
import org.lighthouse.text.NormalisedText;
import org.lighthouse.text.Normaliser;

/**
 * How red flags combine into a risk level, from {@code offer/risk.yml}: PRODUCT.md's rule, the flags that make an
 * offer of some kinds high risk by themselves unless its text says otherwise, and a model of the words of high-risk
 * offers that raises a medium one whose words speak strongly enough for high.
 */
final class RiskRules {

    private static final int MANY_FLAGS = 3;

    private final List<HighWith> highWith;
    private final RiskModel model;
    private final Set<OfferKind> modelled;
    private final double raisesAbove;

    /** Flags that make an offer of these kinds high risk when all are found and no words can say more. */
    private record HighWith(Set<OfferKind> kinds, Set<RedFlag> flags) {

        boolean raises(OfferKind kind, Set<RedFlag> found) {
            return kinds.contains(kind) && found.containsAll(flags);
        }
    }

    RiskRules(String resource, Normaliser normaliser) {
        DataField root = DataFile.read(resource);
        root.allowOnly(Set.of("highWith", "model"));
        highWith = root.get("highWith").items().stream().map(RiskRules::highWith).toList();
        DataField modelField = root.get("model");
        modelField.allowOnly(Set.of("training", "kinds", "raisesAbove"));
        model = new RiskModel(modelField.get("training").text(), normaliser);
        modelled = LexiconReader.constants(modelField.get("kinds"), OfferKind.class);
        raisesAbove = modelField.get("raisesAbove").positiveNumber();
    }

    private RiskRules(RiskRules rules, RiskModel model) {
        highWith = rules.highWith;
        this.model = model;
        modelled = rules.modelled;
        raisesAbove = rules.raisesAbove;
    }

    /** These rules with another words model (one trained on other offers, to measure how well it generalises). */
    RiskRules withModel(RiskModel other) {
        return new RiskRules(this, other);
    }

    private static HighWith highWith(DataField field) {
        field.allowOnly(Set.of("kinds", "flags"));
        return new HighWith(LexiconReader.constants(field.get("kinds"), OfferKind.class),
                LexiconReader.constants(field.get("flags"), RedFlag.class));
    }

    /**
     * High for a severe flag, three flags and more, or, with no text, a combination of the file; medium for other
     * flags unless the text's words speak for high in an offer of the kinds the words are read for; low for none.
     * With a text, its words decide where its kind and flags would: left out in turn, the marriages and invitations
     * abroad the combination rated high that were high the words rate high too, and most that were not they leave.
     * The rating says what decided it, the combination where it is there, which tells the person more than the
     * wording does.
     *
     * @param text the offer's text, or {@code null} when only the flags are known (the guided questions)
     */
    RiskRating rate(OfferKind kind, Set<RedFlag> flags, @Nullable NormalisedText text) {
        if (flags.size() >= MANY_FLAGS || flags.stream().anyMatch(RedFlag::severe)) {
            return new RiskRating(Risk.HIGH, RiskBasis.FLAGS);
        }
        boolean combined = highWith.stream().anyMatch(rule -> rule.raises(kind, flags));
        if (text == null && combined) {
            return new RiskRating(Risk.HIGH, RiskBasis.KIND);
        }
        if (flags.isEmpty()) {
            return new RiskRating(Risk.LOW, RiskBasis.FLAGS);
        }
        return text != null && modelled.contains(kind) && model.logOdds(text) > raisesAbove
                ? new RiskRating(Risk.HIGH, combined ? RiskBasis.KIND : RiskBasis.WORDING)
                : new RiskRating(Risk.MEDIUM, RiskBasis.FLAGS);
    }
}
