package org.lighthouse.offer;

import java.util.List;
import java.util.Set;
import org.lighthouse.shared.DataField;
import org.lighthouse.shared.DataFile;

/**
 * How red flags combine into a risk level, from {@code offer/risk.yml}: PRODUCT.md's rule, and the flags that make an
 * offer of some kinds high risk by themselves unless its text says otherwise.
 */
final class RiskRules {

    private static final int MANY_FLAGS = 3;

    private final List<HighWith> highWith;

    /** Flags that make an offer of these kinds high risk when all are found, unless the text shows a pattern. */
    private record HighWith(Set<OfferKind> kinds, Set<RedFlag> flags, List<RulePattern> unlessText) {

        boolean raises(OfferKind kind, Set<RedFlag> found, String text) {
            return kinds.contains(kind) && found.containsAll(flags) && unlessText.stream().noneMatch(p -> p.isIn(text));
        }
    }

    RiskRules(String resource) {
        DataField root = DataFile.read(resource);
        root.allowOnly(Set.of("highWith"));
        highWith = root.get("highWith").items().stream().map(RiskRules::highWith).toList();
    }

    private static HighWith highWith(DataField field) {
        field.allowOnly(Set.of("kinds", "flags", "unlessText"));
        return new HighWith(LexiconReader.constants(field.get("kinds"), OfferKind.class),
                LexiconReader.constants(field.get("flags"), RedFlag.class),
                field.find("unlessText").map(Terms.NONE::patterns).orElse(List.of()));
    }

    /**
     * High for a severe flag, three flags and more, or a combination of the file that the folded text does not
     * speak against; medium for other flags; low for none.
     */
    Risk rate(OfferKind kind, Set<RedFlag> flags, String text) {
        if (flags.size() >= MANY_FLAGS || flags.stream().anyMatch(RedFlag::severe)
                || highWith.stream().anyMatch(rule -> rule.raises(kind, flags, text))) {
            return Risk.HIGH;
        }
        return flags.isEmpty() ? Risk.LOW : Risk.MEDIUM;
    }
}
