package org.lighthouse.console.broadcast;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Who a broadcast reaches and who it leaves out, in numbers.
 *
 * @param byChannel recipients per channel ({@code Telegram}, {@code Zalo}, {@code Messenger}, {@code Web})
 * @param byLanguage recipients per language code: each gets the text of their language, or the Vietnamese one
 * @param blocked people who blocked the bot
 * @param openCase people with a safety case open: an announcement must not break into it
 * @param deleted people who deleted their data within the audience's days, or students of the class the bot no longer
 *     knows (they deleted theirs): the bot keeps nothing to write to them with
 * @param closed people the bot may not write to now: on Messenger more than 24 hours after their last message, or on a
 *     channel that is off in this run
 */
record Plan(Map<String, Integer> byChannel, Map<String, Integer> byLanguage, int recipients, int blocked, int openCase,
        int deleted, int closed) {

    Plan {
        byChannel = Collections.unmodifiableMap(new LinkedHashMap<>(byChannel));
        byLanguage = Collections.unmodifiableMap(new LinkedHashMap<>(byLanguage));
    }
}
