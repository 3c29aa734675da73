/**
 * The offer check: finds the red flags of a job, marriage or friendship offer and rates its risk. Use
 * {@link org.lighthouse.offer.OfferCheck}; the word lists and pay ranges live in {@code src/main/resources/offer/}.
 */
@org.jspecify.annotations.NullMarked
package org.lighthouse.offer;
