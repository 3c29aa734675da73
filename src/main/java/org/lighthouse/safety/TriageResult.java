package org.lighthouse.safety;

import java.util.List;

/**
 * How urgent a message is, and why, in words a responder reads at a glance ("documents taken", "model: URGENT 0.93").
 *
 * @param level never {@literal null}
 * @param reasons the signals found, strongest first; empty when nothing was found
 */
public record TriageResult(Level level, List<String> reasons) {

    public TriageResult {
        reasons = List.copyOf(reasons);
    }

    /** The triage levels of PRODUCT.md, most urgent first. */
    public enum Level {
        /** The writer, or someone close, is in danger or being exploited now. */
        URGENT,
        /** A risky plan or grooming in progress, no immediate danger. */
        CONCERN,
        /** Everything else, including questions about trafficking and harmless uses of alarming words. */
        NONE;

        /** Whether this level is more urgent than the other. */
        public boolean above(Level other) {
            return ordinal() < other.ordinal();
        }
    }
}
