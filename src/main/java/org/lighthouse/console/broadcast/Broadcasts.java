package org.lighthouse.console.broadcast;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lighthouse.channel.Outbox;
import org.lighthouse.console.broadcast.Broadcast.Status;
import org.lighthouse.shared.Language;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** The broadcasts collection: drafts, their confirmation (once), and the counts kept when a sending finishes. */
@Component
class Broadcasts {

    private static final String ID_LETTERS = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

    private final MongoTemplate mongo;
    private final Audiences audiences;
    private final Outbox outbox;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    Broadcasts(MongoTemplate mongo, Audiences audiences, Outbox outbox, Clock clock) {
        this.mongo = mongo;
        this.audiences = audiences;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Stores a draft with whom it would reach now, for the preview. */
    Broadcast draft(String by, Audience audience, Map<Language, String> texts) {
        return mongo.insert(Broadcast.draft(newId(), by, clock.instant(), audience, texts,
                audiences.reach(audience).plan()));
    }

    Optional<Broadcast> find(String id) {
        return Optional.ofNullable(mongo.findById(id, Broadcast.class));
    }

    /** The latest broadcasts confirmed, newest first. */
    List<Broadcast> recent(int limit) {
        return mongo.find(Query.query(Criteria.where("status").ne(Status.DRAFT))
                .with(Sort.by(Sort.Direction.DESC, "confirmedAt")).limit(limit), Broadcast.class);
    }

    /**
     * Confirms a draft: works out its recipients again, as they are now, and stores them with it. Only the first
     * confirmation of a draft does so (a form sent twice sends once); empty for any other.
     */
    Optional<Broadcast> confirm(String id) {
        Broadcast draft = mongo.findById(id, Broadcast.class);
        if (draft == null || draft.status() != Status.DRAFT) {
            return Optional.empty();
        }
        Audiences.Reach reach = audiences.reach(draft.audience());
        return Optional.ofNullable(mongo.findAndModify(
                Query.query(Criteria.where("_id").is(id).and("status").is(Status.DRAFT)),
                Update.update("status", Status.SENDING).set("plan", reach.plan()).set("recipients", reach.recipients())
                        .set("confirmedAt", clock.instant()),
                FindAndModifyOptions.options().returnNew(true), Broadcast.class));
    }

    /** Confirmed broadcasts whose messages are not all in the outbox yet, the oldest first. */
    List<Broadcast> toEnqueue() {
        return mongo.find(Query.query(Criteria.where("status").is(Status.SENDING).and("enqueued").is(false))
                .with(Sort.by("confirmedAt")), Broadcast.class);
    }

    /** Every message is in the outbox: the recipients' chats need not be kept any longer. */
    void enqueued(Broadcast broadcast) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(broadcast.id())),
                Update.update("enqueued", true).set("recipients", List.of()), Broadcast.class);
    }

    /** Broadcasts sending now whose messages are all in the outbox. */
    List<Broadcast> sending() {
        return mongo.find(Query.query(Criteria.where("status").is(Status.SENDING).and("enqueued").is(true)),
                Broadcast.class);
    }

    /** Where the broadcast's messages stand now; not yet in the outbox counts as waiting. */
    Outbox.Progress progress(Broadcast broadcast) {
        if (broadcast.status() == Status.DONE) {
            return new Outbox.Progress(broadcast.sent(), broadcast.failed(), 0);
        }
        Outbox.Progress now = outbox.progress(broadcast.keyPrefix());
        long waiting = Math.max(now.waiting(), broadcast.plan().recipients() - now.sent() - now.failed());
        return new Outbox.Progress(now.sent(), now.failed(), broadcast.status() == Status.DRAFT ? 0 : waiting);
    }

    /** Keeps the counts of a broadcast whose messages were all taken or given up on. */
    void finished(Broadcast broadcast, Outbox.Progress progress) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(broadcast.id()).and("status").is(Status.SENDING)),
                Update.update("status", Status.DONE).set("sent", progress.sent()).set("failed", progress.failed())
                        .set("finishedAt", clock.instant()), Broadcast.class);
    }

    private String newId() {
        StringBuilder id = new StringBuilder("B-");
        for (int i = 0; i < 8; i++) {
            id.append(ID_LETTERS.charAt(random.nextInt(ID_LETTERS.length())));
        }
        return id.toString();
    }
}
