package org.lighthouse.learning;

import java.time.Clock;
import org.lighthouse.conversation.Features.MenuAction;
import org.lighthouse.conversation.MenuItem;
import org.lighthouse.conversation.Turn;
import org.springframework.stereotype.Component;

/** "My progress": what the learner completed, with scores, what to take next, and the reviews due. */
@Component
class ProgressView implements MenuAction {

    private final Progresses progresses;
    private final Screens screens;
    private final Clock clock;

    ProgressView(Progresses progresses, Screens screens, Clock clock) {
        this.progresses = progresses;
        this.screens = screens;
        this.clock = clock;
    }

    @Override
    public MenuItem item() {
        return MenuItem.PROGRESS;
    }

    @Override
    public void open(Turn turn) {
        String learner = turn.chat().key();
        LearnerProgress progress = progresses.findById(learner)
                .orElseGet(() -> LearnerProgress.fresh(learner, clock.instant()));
        turn.goTo(LessonFlow.STEP);
        screens.progress(turn, progress, progress.due(clock.instant()).size());
    }
}
