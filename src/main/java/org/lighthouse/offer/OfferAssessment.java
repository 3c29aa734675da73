package org.lighthouse.offer;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the offer check found in one offer.
 *
 * @param kind         the kind of offer, as given or as guessed from the text
 * @param kindGuessed  whether the kind was guessed (the chat may ask the user to confirm it)
 * @param flags        the red flags found, in the taxonomy's order
 * @param risk         the risk level the flags make
 * @param basis        what decided the risk: the flags alone, or beyond them the kind of offer or its words
 * @param evidence     for each flag, the user's own words that raised it
 * @param tooLittle    whether the text is too short or says nothing of an offer: the guided questions fit better
 */
public record OfferAssessment(OfferKind kind, boolean kindGuessed, Set<RedFlag> flags, Risk risk, RiskBasis basis,
        Map<RedFlag, List<String>> evidence, boolean tooLittle) {

    public OfferAssessment {
        flags = Collections.unmodifiableSet(flags.isEmpty() ? EnumSet.noneOf(RedFlag.class) : EnumSet.copyOf(flags));
        EnumMap<RedFlag, List<String>> words = new EnumMap<>(RedFlag.class);
        evidence.forEach((flag, found) -> words.put(flag, List.copyOf(found)));
        evidence = Collections.unmodifiableMap(words);
    }

    /** The risk with what decided it. */
    public RiskRating rating() {
        return new RiskRating(risk, basis);
    }
}
