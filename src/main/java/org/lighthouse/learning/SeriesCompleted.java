package org.lighthouse.learning;

import java.time.Instant;

/** A learner finished every lesson of a series, with the lesson that completed it; published once per series. */
public record SeriesCompleted(String learner, String seriesId, Instant at) {
}
