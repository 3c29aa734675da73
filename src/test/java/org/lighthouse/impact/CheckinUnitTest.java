package org.lighthouse.impact;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.lighthouse.impact.Checkin.Stage;

/** When each phase of a person's check-in is due. */
class CheckinUnitTest {

    private static final Instant BASELINE = Instant.parse("2026-12-01T03:00:00Z");

    /** A new person's baseline is due; once offered, nothing is due until a month has passed. */
    @Test
    void followUpComesAMonthAfterTheBaseline() {
        assertThat(Checkin.of("tg:1").due(BASELINE)).contains(Phase.BEFORE);
        Checkin offered = new Checkin("tg:1", "key", false, new Stage(BASELINE, 0, null), null);
        assertThat(offered.due(BASELINE.plus(Duration.ofDays(29)))).isEmpty();
        assertThat(offered.due(BASELINE.plus(Duration.ofDays(30)))).contains(Phase.AFTER);
    }

    /** A finished series brings the follow-up forward; once it was offered, nothing is due again. */
    @Test
    void seriesBringsTheFollowUpForwardOnce() {
        Checkin done = new Checkin("tg:1", null, true, new Stage(BASELINE, 6, BASELINE), null);
        assertThat(done.due(BASELINE.plusSeconds(60))).contains(Phase.AFTER);
        Checkin both = new Checkin("tg:1", null, true, new Stage(BASELINE, 6, BASELINE), new Stage(BASELINE, 0, null));
        assertThat(both.due(BASELINE.plus(Duration.ofDays(90)))).isEmpty();
    }
}
