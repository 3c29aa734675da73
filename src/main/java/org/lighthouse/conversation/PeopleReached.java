package org.lighthouse.conversation;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.Document;
import org.lighthouse.channel.ChatRef;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * When each person first wrote to the bot, and on which channel: the programme's "people reached". No chat id leaves
 * this module. A person who deleted their data is no longer counted.
 */
@Component
public class PeopleReached {

    private static final String DIALOGUES = "dialogues";
    private final MongoTemplate mongo;

    PeopleReached(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** A private chat's first contact; group chats (a class's group) are not people. */
    public record FirstContact(ChatRef.Channel channel, Instant at) {
    }

    /** Every private chat's first contact, but those of {@code leftOut} (chat keys: staff, who are not reached). */
    public List<FirstContact> firstContacts(Set<String> leftOut) {
        Query query = new Query();
        query.fields().include("firstSeen");
        return mongo.find(query, Document.class, DIALOGUES).stream()
                .filter(dialogue -> dialogue.getDate("firstSeen") != null)
                .filter(dialogue -> !leftOut.contains(dialogue.getString("_id")))
                .map(dialogue -> Map.entry(ChatRef.parse(dialogue.getString("_id")), dialogue.getDate("firstSeen")))
                .filter(chat -> !chat.getKey().isGroup())
                .map(chat -> new FirstContact(chat.getKey().channel(), chat.getValue().toInstant())).toList();
    }
}
