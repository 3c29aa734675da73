package org.lighthouse.conversation;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.lighthouse.shared.Language;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Where a chat stands: its language, its current step, the small values a step keeps, and the last event handled
 * (so that an event delivered twice is handled once).
 *
 * @param step the current step, named by the feature that owns it ({@code menu}, {@code offer.text}, ...)
 * @param slots values the current feature keeps between messages, by name
 * @param active false while the person has blocked the bot
 */
@Document("dialogues")
record Dialogue(@Id String chat, @Nullable Language language, String step, Map<String, String> slots, long lastSeq,
        boolean active, Instant firstSeen, Instant lastSeen) {

    static final String NEW = "new";

    Dialogue {
        slots = Map.copyOf(slots);
    }

    static Dialogue start(String chat, Instant now) {
        return new Dialogue(chat, null, NEW, Map.of(), 0, true, now, now);
    }

    Dialogue handled(long seq, Instant now) {
        return new Dialogue(chat, language, step, slots, seq, active, firstSeen, now);
    }

    Dialogue with(@Nullable Language newLanguage, String newStep, Map<String, String> newSlots, boolean nowActive) {
        return new Dialogue(chat, newLanguage, newStep, new HashMap<>(newSlots), lastSeq, nowActive, firstSeen, lastSeen);
    }
}
