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
    private final double raisesAbove;

    /** Flags that make an offer of these kinds high risk when all are found, unless the text shows a pattern. */
    private record HighWith(Set<OfferKind> kinds, Set<RedFlag> flags, List<RulePattern> unlessText) {

        boolean raises(OfferKind kind, Set<RedFlag> found, String text) {
            return kinds.contains(kind) && found.containsAll(flags) && unlessText.stream().noneMatch(p -> p.isIn(text));
        }
    }

    RiskRules(String resource, Normaliser normaliser) {
        DataField root = DataFile.read(resource);
        root.allowOnly(Set.of("highWith", "model"));
        highWith = root.get("highWith").items().stream().map(RiskRules::highWith).toList();
        DataField modelField = root.get("model");
        modelField.allowOnly(Set.of("training", "raisesAbove"));
        model = new RiskModel(modelField.get("training").text(), normaliser);
        raisesAbove = modelField.get("raisesAbove").positiveNumber();
    }

    private RiskRules(RiskRules rules, RiskModel model) {
        highWith = rules.highWith;
        this.model = model;
        raisesAbove = rules.raisesAbove;
    }

    /** These rules with another words model (one trained on other offers, to measure how well it generalises). */
    RiskRules withModel(RiskModel other) {
        return new RiskRules(this, other);
    }

    private static HighWith highWith(DataField field) {
        field.allowOnly(Set.of("kinds", "flags", "unlessText"));
        return new HighWith(LexiconReader.constants(field.get("kinds"), OfferKind.class),
                LexiconReader.constants(field.get("flags"), RedFlag.class),
                field.find("unlessText").map(Terms.NONE::patterns).orElse(List.of()));
    }

    /**
     * High for a severe flag, three flags and more, or a combination of the file that the text does not speak
     * against; medium for other flags unless the text's words speak for high; low for none. The rating says which
     * of these decided it.
     *
     * @param text the offer's text, or {@code null} when only the flags are known (the guided questions)
     */
    RiskRating rate(OfferKind kind, Set<RedFlag> flags, @Nullable NormalisedText text) {
        String folded = text == null ? "" : text.text();
        if (flags.size() >= MANY_FLAGS || flags.stream().anyMatch(RedFlag::severe)) {
            return new RiskRating(Risk.HIGH, RiskBasis.FLAGS);
        }
        if (highWith.stream().anyMatch(rule -> rule.raises(kind, flags, folded))) {
            return new RiskRating(Risk.HIGH, RiskBasis.KIND);
        }
        if (flags.isEmpty()) {
            return new RiskRating(Risk.LOW, RiskBasis.FLAGS);
        }
        return text != null && model.logOdds(text) > raisesAbove ? new RiskRating(Risk.HIGH, RiskBasis.WORDING)
                : new RiskRating(Risk.MEDIUM, RiskBasis.FLAGS);
    }
}
