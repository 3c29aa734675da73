/** How triage reads a message: normalised text, phrase patterns with guards, and a trained document categorizer. */
@org.jspecify.annotations.NullMarked
package org.lighthouse.safety.triage;
