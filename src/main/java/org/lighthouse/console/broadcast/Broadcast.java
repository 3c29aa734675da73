package org.lighthouse.console.broadcast;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.lighthouse.shared.Language;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An announcement an admin wrote for many people, and how its sending went.
 *
 * @param by the login of the admin who wrote it
 * @param texts the announcement per language; Vietnamese always, English and H'mong when written
 * @param plan who it reaches: as previewed while a draft, as sent once confirmed
 * @param recipients the chats and languages it goes to, kept only until every message is in the outbox (a crash
 *     meanwhile goes on from here), then emptied
 * @param enqueued whether every recipient's message is in the outbox
 * @param sent messages the channels took, counted once the sending finished (the outbox forgets them after a day)
 * @param failed messages given up on (the person blocked the bot meanwhile), counted once the sending finished
 */
@Document("broadcasts")
record Broadcast(@Id String id, String by, Instant createdAt, Audience audience, Map<Language, String> texts,
        @Indexed Status status, Plan plan, List<Recipient> recipients, boolean enqueued, @Nullable Instant confirmedAt,
        @Nullable Instant finishedAt, long sent, long failed) {

    Broadcast {
        texts = Map.copyOf(texts);
        recipients = List.copyOf(recipients);
    }

    enum Status {
        /** Written and previewed, not confirmed. */
        DRAFT,
        /** Confirmed: its messages are going out. */
        SENDING,
        /** Every message was taken or given up on. */
        DONE
    }

    /** One person it goes to. */
    record Recipient(String chat, Language language) {
    }

    static Broadcast draft(String id, String by, Instant now, Audience audience, Map<Language, String> texts,
            Plan plan) {
        return new Broadcast(id, by, now, audience, texts, Status.DRAFT, plan, List.of(), false, null, null, 0, 0);
    }

    /** The text a person of the language gets: theirs when it was written, else the Vietnamese one. */
    public String textFor(Language language) {
        return texts.getOrDefault(language, texts.get(Language.PRIMARY));
    }

    /** The prefix of the outbox keys of its messages, one per chat: {@code bc:B-7KQ2M9XA:tg:42}. */
    String keyPrefix() {
        return "bc:" + id + ":";
    }
}
