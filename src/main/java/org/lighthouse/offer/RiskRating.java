package org.lighthouse.offer;

/**
 * An offer's risk and what decided it.
 *
 * @param risk  the risk level
 * @param basis what decided it: the flags shown by themselves, or beyond them the kind of offer or its words
 */
public record RiskRating(Risk risk, RiskBasis basis) {
}
