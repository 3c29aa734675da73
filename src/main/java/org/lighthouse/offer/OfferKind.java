package org.lighthouse.offer;

import java.util.Arrays;
import java.util.Optional;

/** The three kinds of lure the offer check covers. */
public enum OfferKind {
    JOB, MARRIAGE, FRIENDSHIP;

    /** The kind with this name, in any case ({@code "job"}, {@code "JOB"}). */
    public static Optional<OfferKind> named(String name) {
        return Arrays.stream(values()).filter(kind -> kind.name().equalsIgnoreCase(name.trim())).findFirst();
    }
}
