package org.lighthouse.conversation;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.lighthouse.shared.Language;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Where a chat stands: its language, its current step, the small values a step keeps, and the last event handled.
 *
 * @param step the current step, named by the feature that owns it ({@code menu}, {@code offer.text}, ...)
 * @param slots values the current feature keeps between messages, by name
 * @param lastEvent the inbox's number of the last event handled: events are handled in the order of these numbers, so
 *     one at or below it was handled before (a crash between handling it and the inbox hearing so)
 * @param active false while the person has blocked the bot
 * @param readAloud whether the person asked for lesson cards read aloud, where a recording exists ("read to me")
 * @param version changes with every save: a save based on an older version fails instead of overwriting
 */
@Document("dialogues")
record Dialogue(@Id String chat, @Nullable Language language, String step, Map<String, String> slots, Long lastEvent,
        boolean active, Boolean readAloud, Instant firstSeen, Instant lastSeen, @Version @Nullable Long version) {

    static final String NEW = "new";

    Dialogue {
        slots = Map.copyOf(slots);
        // a dialogue stored before events were numbered has none: every numbered event comes after it
        lastEvent = lastEvent == null ? 0L : lastEvent;
        // a dialogue stored before "read to me" existed has it off
        readAloud = readAloud != null && readAloud;
    }

    static Dialogue start(String chat, Instant now) {
        return new Dialogue(chat, null, NEW, Map.of(), 0L, true, false, now, now, null);
    }

    Dialogue handled(long seq, Instant now) {
        return new Dialogue(chat, language, step, slots, seq, active, readAloud, firstSeen, now, version);
    }

    Dialogue with(@Nullable Language newLanguage, String newStep, Map<String, String> newSlots, boolean nowActive) {
        return with(newLanguage, newStep, newSlots, nowActive, readAloud);
    }

    Dialogue with(@Nullable Language newLanguage, String newStep, Map<String, String> newSlots, boolean nowActive,
            boolean nowReadAloud) {
        return new Dialogue(chat, newLanguage, newStep, new HashMap<>(newSlots), lastEvent, nowActive, nowReadAloud,
                firstSeen, lastSeen, version);
    }
}
