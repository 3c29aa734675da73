package org.lighthouse.safety.escalation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.lighthouse.safety.TriageResult.Level;
import org.lighthouse.safety.escalation.SafetyCase.Change;
import org.lighthouse.safety.escalation.SafetyCase.Entry;
import org.lighthouse.safety.escalation.SafetyCase.Outcome;
import org.lighthouse.safety.escalation.SafetyCase.Referral;
import org.lighthouse.safety.escalation.SafetyCase.Status;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The cases collection. Every change is one atomic update of one document (the embedded database has no
 * transactions), so that two responders pressing "Claim" at once cannot both get the case.
 */
@Component
public class CaseStore {

    private static final String ERASED = "erased";

    private final MongoTemplate mongo;

    CaseStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Stores a new case, or returns the one already stored under its id (the same event handled again). */
    public SafetyCase open(SafetyCase fresh) {
        try {
            return mongo.insert(fresh);
        } catch (DuplicateKeyException e) {
            return find(fresh.id()).orElseThrow();
        }
    }

    public Optional<SafetyCase> find(String id) {
        return Optional.ofNullable(mongo.findById(id, SafetyCase.class));
    }

    /** The person's case that is not closed yet, if any. */
    public Optional<SafetyCase> openFor(String chat) {
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("chat").is(chat).and("status")
                .ne(Status.CLOSED)).with(Sort.by(Sort.Direction.DESC, "openedAt")).limit(1), SafetyCase.class));
    }

    /** Gives the case to the responder if nobody has it yet; empty when someone was first. */
    public Optional<SafetyCase> claim(String id, String responder, Instant now) {
        return change(Query.query(Criteria.where("_id").is(id).and("status").is(Status.NEW)),
                new Update().set("status", Status.CLAIMED).set("assignee", responder)
                        .push("history", new Change(Status.CLAIMED, responder, now)));
    }

    public Optional<SafetyCase> handOver(String id, String from, String to, Instant now) {
        return change(Query.query(Criteria.where("_id").is(id).and("status").is(Status.CLAIMED).and("assignee").is(from)),
                new Update().set("assignee", to).push("history", new Change(Status.CLAIMED, to, now)));
    }

    /** Closes the case; a case whose person asked for their data to be deleted is anonymised as it closes. */
    public Optional<SafetyCase> close(String id, String by, Outcome outcome, Referral referral, Instant now) {
        Optional<SafetyCase> closed = change(Query.query(Criteria.where("_id").is(id).and("status").is(Status.CLAIMED)
                .and("assignee").is(by)), new Update().set("status", Status.CLOSED).set("outcome", outcome)
                .set("referral", referral).push("history", new Change(Status.CLOSED, by, now)));
        closed.filter(SafetyCase::eraseOnClose).ifPresent(c -> mongo.updateFirst(byId(id), anonymised(), SafetyCase.class));
        return closed;
    }

    long countFor(String chat) {
        return mongo.count(Query.query(Criteria.where("chat").is(chat)), SafetyCase.class);
    }

    void anonymiseClosed(String chat) {
        mongo.updateMulti(Query.query(Criteria.where("chat").is(chat).and("status").is(Status.CLOSED)), anonymised(),
                SafetyCase.class);
    }

    void eraseOnClose(String chat) {
        mongo.updateMulti(Query.query(Criteria.where("chat").is(chat).and("status").ne(Status.CLOSED)),
                Update.update("eraseOnClose", true), SafetyCase.class);
    }

    private static Update anonymised() {
        return new Update().set("chat", ERASED).set("person", ERASED).set("transcript", List.of())
                .set("notes", List.of()).set("reasons", null).set("eraseOnClose", false);
    }

    public Optional<SafetyCase> say(String id, Entry entry, int keep) {
        return change(byId(id), new Update().push("transcript").slice(-keep).each(entry));
    }

    public Optional<SafetyCase> note(String id, Entry note) {
        return change(byId(id), new Update().push("notes", note));
    }

    public Optional<SafetyCase> raise(String id, Level level, @Nullable String reasons) {
        return change(byId(id), new Update().set("level", level).set("reasons", reasons));
    }

    public Optional<SafetyCase> userLeft(String id, boolean left) {
        return change(byId(id), new Update().set("userLeft", left));
    }

    public void alerted(String id, Instant now) {
        mongo.updateFirst(byId(id), new Update().set("alertedAt", now).inc("alerts", 1), SafetyCase.class);
    }

    /** Unclaimed cases never alerted, or alerted before the given time for their level. */
    public List<SafetyCase> awaitingAlert(Instant urgentBefore, Instant concernBefore) {
        Criteria neverAlerted = Criteria.where("alertedAt").is(null);
        Criteria urgentLate = Criteria.where("level").is(Level.URGENT).and("alertedAt").lt(urgentBefore);
        Criteria concernLate = Criteria.where("level").ne(Level.URGENT).and("alertedAt").lt(concernBefore);
        return mongo.find(Query.query(Criteria.where("status").is(Status.NEW)
                .orOperator(neverAlerted, urgentLate, concernLate)), SafetyCase.class);
    }

    public List<SafetyCase> claimedBy(String responder) {
        return mongo.find(Query.query(Criteria.where("status").is(Status.CLAIMED).and("assignee").is(responder))
                .with(Sort.by("openedAt")), SafetyCase.class);
    }

    private Optional<SafetyCase> change(Query query, Update update) {
        return Optional.ofNullable(mongo.findAndModify(query, update, FindAndModifyOptions.options().returnNew(true),
                SafetyCase.class));
    }

    private static Query byId(String id) {
        return Query.query(Criteria.where("_id").is(id));
    }
}
