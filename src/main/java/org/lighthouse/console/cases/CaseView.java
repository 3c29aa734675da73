package org.lighthouse.console.cases;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.lighthouse.safety.CaseDescription;

/**
 * One case as its page shows it.
 *
 * @param stamp changes whenever anything shown changes, so that the page replaces what it shows only then
 */
record CaseView(CaseRow row, CaseDescription described, List<Line> transcript, List<Line> notes, List<Line> history,
        @Nullable String offeredTo, @Nullable String outcome, @Nullable String referral, boolean personGone,
        boolean userLeft, String stamp) {

    /**
     * Something said or done, by whom, when.
     *
     * @param kind {@code person}, {@code bot} or {@code responder}, for how it is drawn
     * @param delivery for a responder's words: {@code SENDING}, {@code DELIVERED} or {@code FAILED}
     */
    record Line(String who, String kind, String text, String at, @Nullable String delivery) {
    }
}
