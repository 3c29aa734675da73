package org.lighthouse.offer;

import java.util.List;
import org.lighthouse.shared.Period;

/** How many offers people checked, by kind and risk. Offer checks are stored without their text or who asked. */
public interface OfferFigures {

    /** Every kind and risk, in their own order, with zero where none was checked within {@code period}. */
    List<Checks> byKindAndRisk(Period period);

    record Checks(OfferKind kind, Risk risk, int count) {
    }
}
