/**
 * Reading what people type: one {@link org.lighthouse.text.Normaliser} brings a message to one spelling (folded,
 * shorthand written out) for the offer check and for triage, with one dictionary per language in
 * {@code src/main/resources/text/}.
 */
@org.jspecify.annotations.NullMarked
package org.lighthouse.text;
