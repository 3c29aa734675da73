package org.lighthouse.safety;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How urgent a message is, and why. What to show people is {@link #signals()}: the reasons the phrases found, in
 * words a responder reads at a glance ("documents taken", "confined"). When there are none and the message was still
 * raised, the model alone decided ({@link #modelAlone()}): say so ("no danger phrase found"), since a responder should
 * read the message itself before trusting the level. {@link #reasons()} puts everything together for the
 * {@code triage} command's output.
 *
 * @param level never {@literal null}
 * @param signals what the phrases found, strongest first ("documents taken", "safe word"); empty for NONE and when
 *     the model alone raised the message
 * @param setAside why a message with alarming words stayed NONE: a frame ("about: film, story or news") or a calm cue
 *     ("calm: general question"); empty otherwise
 * @param model the document categorizer's view of a raised message, e.g. {@code model: URGENT 0.93}; null for NONE and
 *     for a safe word
 */
public record TriageResult(Level level, List<String> signals, List<String> setAside, @Nullable String model) {

    /** NONE with nothing found: an empty message, or an ordinary one. */
    public static final TriageResult NOTHING = new TriageResult(Level.NONE, List.of(), List.of(), null);

    public TriageResult {
        signals = List.copyOf(signals);
        setAside = List.copyOf(setAside);
    }

    /**
     * The signals, what set the message aside and the model's view, in that order: the {@code reasons} of the
     * {@code triage} command ({@code ["documents taken","confined","model: URGENT 0.97"]}).
     */
    public List<String> reasons() {
        List<String> reasons = new ArrayList<>(signals);
        reasons.addAll(setAside);
        if (model != null) {
            reasons.add(model);
        }
        return List.copyOf(reasons);
    }

    /** Whether the message was raised by the model with no phrase to show for it. */
    public boolean modelAlone() {
        return level != Level.NONE && signals.isEmpty();
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
