package org.lighthouse.offer;

/**
 * An offer as the rules read it: the normalized text, its kind, and whether it names its employer.
 */
record OfferReading(NormalizedText text, OfferKind kind, boolean employerNamed) {
}
