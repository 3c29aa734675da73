package org.lighthouse.offer;

import java.util.List;

/** How many offers people checked, by kind and risk. Offer checks are stored without their text or who asked. */
public interface OfferFigures {

    /** Every kind and risk, in their own order, with zero where none was checked. */
    List<Checks> byKindAndRisk();

    record Checks(OfferKind kind, Risk risk, int count) {
    }
}
