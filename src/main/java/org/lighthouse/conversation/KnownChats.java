package org.lighthouse.conversation;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.lighthouse.channel.ChatRef;
import org.lighthouse.shared.Language;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The people the bot talks with, as a message to many needs them: their chat, language, when they last wrote and
 * whether they blocked the bot. A person who deleted their data is not known here (their conversation went with it).
 */
@Component
public class KnownChats {

    private final MongoTemplate mongo;

    KnownChats(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * A person's chat.
     *
     * @param language the language they chose, or null before they chose one
     * @param blocked whether they blocked the bot (or their channel can no longer reach them)
     */
    public record KnownChat(ChatRef chat, @Nullable Language language, boolean blocked, Instant lastSeen) {
    }

    /** People (not groups) who wrote at or after the time. */
    public List<KnownChat> activeSince(Instant since) {
        return known(Query.query(Criteria.where("lastSeen").gte(since)));
    }

    /** Those of the chats, by key, that the bot knows. */
    public List<KnownChat> among(Collection<String> chats) {
        return known(Query.query(Criteria.where("_id").in(chats)));
    }

    private List<KnownChat> known(Query query) {
        return mongo.find(query, Dialogue.class).stream().map(d -> new KnownChat(ChatRef.parse(d.chat()), d.language(),
                !d.active(), d.lastSeen())).filter(c -> !c.chat().isGroup()).toList();
    }
}
