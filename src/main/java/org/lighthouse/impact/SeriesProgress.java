package org.lighthouse.impact;

import org.lighthouse.learning.SeriesCompleted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** A finished series brings the follow-up forward: it is offered at the person's next menu. */
@Component
class SeriesProgress {

    private final Checkins checkins;

    SeriesProgress(Checkins checkins) {
        this.checkins = checkins;
    }

    @EventListener
    void on(SeriesCompleted event) {
        checkins.seriesDone(event.learner());
    }
}
