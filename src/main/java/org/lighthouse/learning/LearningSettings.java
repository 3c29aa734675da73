package org.lighthouse.learning;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param reviewGaps how long after a question was missed (box 1), then answered right in review (boxes 2, 3...), it
 *     comes back; answered right in the last box, it is known and does not come back
 */
@ConfigurationProperties("lighthouse.learning")
record LearningSettings(List<Duration> reviewGaps) {

    LearningSettings {
        reviewGaps = reviewGaps == null || reviewGaps.isEmpty()
                ? List.of(Duration.ofDays(1), Duration.ofDays(3), Duration.ofDays(7))
                : List.copyOf(reviewGaps);
    }
}
