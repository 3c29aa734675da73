package org.lighthouse.offer;

import java.util.Set;
import org.lighthouse.text.Normaliser;

/** How risky an offer looks. {@code LOW} means no warning sign was found in what was shared, never "safe". */
public enum Risk {
    HIGH, MEDIUM, LOW;

    /**
     * The risk of an offer known only by its kind and flags (the guided questions): high for any severe flag, three
     * flags and more, or flags that make this kind of offer high risk by themselves ({@code offer/risk.yml}: a marriage
     * or an invitation abroad); medium for one or two others; low for none.
     */
    public static Risk of(OfferKind kind, Set<RedFlag> flags) {
        return rating(kind, flags).risk();
    }

    /** The risk of an offer known only by its kind and flags, as {@link #of}, with what decided it. */
    public static RiskRating rating(OfferKind kind, Set<RedFlag> flags) {
        return Shipped.RULES.rate(kind, flags, null);
    }

    /** The shipped rules, read once per process. */
    static RiskRules rules() {
        return Shipped.RULES;
    }

    private static final class Shipped {

        static final RiskRules RULES = new RiskRules("offer/risk.yml", Normaliser.shipped());
    }
}
