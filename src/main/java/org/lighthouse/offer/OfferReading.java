package org.lighthouse.offer;

import org.lighthouse.text.NormalisedText;

/**
 * An offer as the rules read it: the normalized text, its kind, and whether it names its employer.
 */
record OfferReading(NormalisedText text, OfferKind kind, boolean employerNamed) {
}
