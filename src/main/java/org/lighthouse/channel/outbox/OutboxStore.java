package org.lighthouse.channel.outbox;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.lighthouse.channel.ChatHistory;
import org.lighthouse.channel.ChatRef;
import org.lighthouse.channel.ChatUnreachable;
import org.lighthouse.channel.Delivered;
import org.lighthouse.channel.DeliveryFailed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** The outbox collection: every message and where it stands. */
@Component
class OutboxStore implements ChatHistory {

    private static final Logger log = LoggerFactory.getLogger(OutboxStore.class);

    private final MongoTemplate mongo;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OutboxStore(MongoTemplate mongo, ApplicationEventPublisher events, Clock clock) {
        this.mongo = mongo;
        this.events = events;
        this.clock = clock;
        mongo.indexOps(OutboxMessage.class).createIndex(new Index().on("status", Sort.Direction.ASC).on("seq",
                Sort.Direction.ASC));
    }

    /** Stores a new message; false when a message with its id was accepted before. */
    boolean add(OutboxMessage message) {
        try {
            mongo.insert(message);
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    /** The messages waiting to be sent, now fenced with the token of the instance that just became active. */
    List<OutboxMessage> takePending(long token) {
        Query pending = Query.query(Criteria.where("status").is(OutboxMessage.Status.PENDING));
        mongo.updateMulti(pending, Update.update("fence", token), OutboxMessage.class);
        return mongo.find(pending.with(Sort.by("seq")), OutboxMessage.class);
    }

    /** Messages a standby accepted, for the active instance to send. */
    List<OutboxMessage> acceptedByStandby() {
        return mongo.find(Query.query(Criteria.where("waiting").is(OutboxMessage.WAITING)).with(Sort.by("seq")),
                OutboxMessage.class);
    }

    /**
     * Claims the message for sending under the lease token: false when it was sent or dropped meanwhile, or when an
     * instance with a newer token took it (this one lost the lease without knowing yet).
     */
    boolean claim(OutboxMessage message, long token) {
        return token > 0 && mongo.updateFirst(Query.query(Criteria.where("_id").is(message.id()).and("status")
                .is(OutboxMessage.Status.PENDING).and("fence").lte(token)), Update.update("fence", token),
                OutboxMessage.class).getMatchedCount() == 1;
    }

    /** How many messages whose id starts with the prefix are in the state. */
    long count(String idPrefix, OutboxMessage.Status status) {
        return mongo.count(Query.query(Criteria.where("_id").regex("^" + literal(idPrefix)).and("status")
                .is(status)), OutboxMessage.class);
    }

    long lastSeq() {
        OutboxMessage last = mongo.findOne(new Query().with(Sort.by(Sort.Direction.DESC, "seq")).limit(1),
                OutboxMessage.class);
        return last == null ? 0 : last.seq();
    }

    /**
     * Records that the channel took the message, and forgets its text and buttons: only its id stays, for a while, so
     * that the same message is never accepted twice.
     */
    void markSent(OutboxMessage message, String channelMessageId) {
        mongo.updateFirst(byId(message), Update.update("status", OutboxMessage.Status.SENT).set("sentAt", clock.instant())
                .set("channelMessageId", channelMessageId).set("error", null).unset("reply").unset("waiting"),
                OutboxMessage.class);
        try {
            events.publishEvent(new Delivered(message.chat(), message.id()));
        } catch (RuntimeException e) {
            // the message went: whatever a listener failed to note about it must not make it go again
            log.warn("A listener failed on the delivery of {}: {}", message.id(), e.toString());
        }
    }

    void markDropped(OutboxMessage message, String reason) {
        mongo.updateFirst(byId(message), Update.update("status", OutboxMessage.Status.DROPPED).set("error", reason)
                .unset("waiting"), OutboxMessage.class);
    }

    void dropPending(ChatRef chat, String reason) {
        mongo.updateMulti(Query.query(Criteria.where("chat").is(chat).and("status").is(OutboxMessage.Status.PENDING)),
                Update.update("status", OutboxMessage.Status.DROPPED).set("error", reason).unset("waiting"),
                OutboxMessage.class);
    }

    /** Counts a failed attempt and returns how many there were. */
    int countAttempt(OutboxMessage message, String reason) {
        OutboxMessage updated = mongo.findAndModify(byId(message), new Update().inc("attempts", 1).set("error", reason),
                FindAndModifyOptions.options().returnNew(true), OutboxMessage.class);
        return updated == null ? 1 : updated.attempts();
    }

    void announceFailed(OutboxMessage message, String reason, boolean unreachable) {
        events.publishEvent(new DeliveryFailed(message.chat(), message.id(), reason, unreachable));
    }

    void announceUnreachable(ChatRef chat) {
        events.publishEvent(new ChatUnreachable(chat));
    }

    @Override
    public void erase(ChatRef chat) {
        mongo.remove(Query.query(Criteria.where("chat").is(chat).and("status").ne(OutboxMessage.Status.PENDING)),
                OutboxMessage.class);
    }

    /** Deletes messages sent or dropped before the given time. */
    long deleteSettledBefore(Instant before) {
        return mongo.remove(Query.query(Criteria.where("status").ne(OutboxMessage.Status.PENDING).and("acceptedAt")
                .lt(before)), OutboxMessage.class).getDeletedCount();
    }

    /** The text as a regular expression that matches it alone, in Java's and MongoDB's (PCRE) dialects alike. */
    private static String literal(String text) {
        StringBuilder out = new StringBuilder();
        text.chars().forEach(c -> {
            if (!Character.isLetterOrDigit(c)) {
                out.append('\\');
            }
            out.append((char) c);
        });
        return out.toString();
    }

    private static Query byId(OutboxMessage message) {
        return Query.query(Criteria.where("_id").is(message.id()));
    }
}
