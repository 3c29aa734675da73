package org.lighthouse.shared;

import java.time.Instant;

/** A span of time for figures, from its start (included) to its end (excluded): a quarter for a donor report. */
public record Period(Instant from, Instant to) {

    /** All the time a database can store (a Date's range is far short of Instant's). */
    public static final Period ALL = new Period(Instant.EPOCH, Instant.parse("9999-01-01T00:00:00Z"));

    public Period {
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("a period must end after it starts: " + from + " to " + to);
        }
    }

    public boolean contains(Instant at) {
        return !at.isBefore(from) && at.isBefore(to);
    }
}
