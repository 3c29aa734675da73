package org.lighthouse.console.cases;

import org.jspecify.annotations.Nullable;

/**
 * A case as one line of the queue, in words: what a responder needs to see at a glance.
 *
 * @param level {@code URGENT}, {@code CONCERN} or {@code NONE}, for the line's colour
 * @param levelWords the level in the console's language
 * @param holder the alias of who has the case; null while nobody does
 * @param realert how long until it is alerted again, while nobody has it
 * @param overdue whether nobody has it past its time
 * @param outcome how it ended, once closed
 */
record CaseRow(String id, String level, String levelWords, String person, String channel, String language,
        String age, String lastMessage, @Nullable String holder, String realert, boolean overdue, boolean mine,
        boolean offeredToMe, boolean open, @Nullable String outcome) {
}
