package org.lighthouse.channel.web;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.lighthouse.channel.ChatHistory;
import org.lighthouse.channel.ChatRef;
import org.lighthouse.channel.Reply;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;


/** The bot's messages of each web chat, stored for the page to fetch. */
@Component
@WebChatEnabled
class WebTranscript implements ChatHistory {

    private static final String COUNTERS = "webchat_counters";
    private static final String ERASED = "erased";

    private final MongoTemplate mongo;
    private final Clock clock;
    private final WebChatSettings settings;

    WebTranscript(MongoTemplate mongo, Clock clock, WebChatSettings settings) {
        this.mongo = mongo;
        this.clock = clock;
        this.settings = settings;
        mongo.indexOps(WebMessage.class).createIndex(new Index().on("session", Sort.Direction.ASC).on("rev",
                Sort.Direction.ASC));
    }

    /**
     * Deletes the chat's messages and notes when, so that the page forgets what the person typed too (it keeps that in
     * the browser only): a shared phone should not show it to the next person who picks it up.
     */
    @Override
    public void erase(ChatRef chat) {
        if (chat.channel() == ChatRef.Channel.WEB) {
            mongo.remove(Query.query(Criteria.where("session").is(chat.id())), WebMessage.class);
            mongo.updateFirst(Query.query(Criteria.where("_id").is(chat.id())),
                    Update.update(ERASED, next(chat.id(), false)), COUNTERS);
        }
    }

    /** The revision at which the chat's messages were last erased; 0 when never. */
    long erasedAt(String session) {
        Map<?, ?> counters = mongo.findById(session, Map.class, COUNTERS);
        return counters != null && counters.get(ERASED) instanceof Number erased ? erased.longValue() : 0;
    }

    /** Deletes the messages older than the time web chats are kept. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    void deleteOldMessages() {
        mongo.remove(Query.query(Criteria.where("at").lt(clock.instant().minus(settings.keepFor()))), WebMessage.class);
    }

    /** Adds a message, or changes the one it edits; returns the message's number. */
    long write(String session, Reply reply) {
        if (reply.editOf() != null) {
            long number = Long.parseLong(reply.editOf());
            long rev = next(session, false);
            var updated = mongo.updateFirst(Query.query(Criteria.where("_id").is(id(session, number))),
                    Update.update("text", reply.text()).set("buttons", reply.buttons()).set("rev", rev), WebMessage.class);
            if (updated.getMatchedCount() == 1) {
                return number;
            }
        }
        long number = next(session, true);
        long rev = next(session, false);
        mongo.insert(new WebMessage(id(session, number), session, number, rev, reply.text(), reply.buttons(),
                file(reply), reply.audio() != null ? "voice.ogg"
                        : reply.document() == null ? null : reply.document().fileName(),
                reply.document() == null ? null : reply.document().alt(), clock.instant()));
        return number;
    }

    /** A picture or file as a data URL; a recording by its address, which the page plays from this service. */
    private static @Nullable String file(Reply reply) {
        if (reply.audio() != null) {
            return reply.audio().address();
        }
        Reply.Document document = reply.document();
        return document == null ? null
                : "data:" + document.mediaType() + ";base64," + Base64.getEncoder().encodeToString(document.content());
    }

    /** The messages added or changed after {@code sinceRev}, oldest first, at most {@code limit}. */
    List<WebMessage> since(String session, long sinceRev, int limit) {
        Query query = Query.query(Criteria.where("session").is(session).and("rev").gt(sinceRev))
                .with(Sort.by(Sort.Direction.DESC, "rev")).limit(limit);
        List<WebMessage> newest = new ArrayList<>(mongo.find(query, WebMessage.class));
        Collections.reverse(newest);
        return newest;
    }

    private long next(String session, boolean number) {
        String field = number ? "number" : "rev";
        Map<?, ?> counters = mongo.findAndModify(Query.query(Criteria.where("_id").is(session)),
                new Update().inc(field, 1L), FindAndModifyOptions.options().upsert(true).returnNew(true), Map.class,
                COUNTERS);
        return ((Number) counters.get(field)).longValue();
    }

    private static String id(String session, long number) {
        return session + "#" + number;
    }
}
