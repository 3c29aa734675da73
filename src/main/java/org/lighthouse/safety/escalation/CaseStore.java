package org.lighthouse.safety.escalation;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.lighthouse.channel.Inbound;
import org.lighthouse.safety.CaseSearch;
import org.lighthouse.safety.SafetyCase;
import org.lighthouse.safety.SafetyCase.Change;
import org.lighthouse.safety.SafetyCase.Entry;
import org.lighthouse.safety.SafetyCase.Outcome;
import org.lighthouse.safety.SafetyCase.Referral;
import org.lighthouse.safety.SafetyCase.Status;
import org.lighthouse.safety.TriageResult.Level;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The cases collection. Every change is one atomic update of one document whose filter states its precondition (the
 * embedded database has no transactions), so that two responders pressing "Claim" at once cannot both get the case.
 */
@Component
public class CaseStore {

    static final String ERASED = "erased";

    private final MongoTemplate mongo;

    CaseStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * Stores a new case, or returns the one the same event opened before (the event handled again after a crash).
     * Events of a chat are handled one at a time, so nothing opens a case for the same event meanwhile.
     */
    public SafetyCase open(SafetyCase fresh) {
        SafetyCase before = mongo.findOne(Query.query(Criteria.where("event").is(fresh.event())), SafetyCase.class);
        return before != null ? before : mongo.insert(fresh);
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

    /** The holder offers the case to another responder, who must accept before it moves. */
    Optional<SafetyCase> offer(String id, String from, String to) {
        return change(mine(id, from), new Update().set("offeredTo", to));
    }

    /** The responder the case was offered to takes it. */
    Optional<SafetyCase> acceptOffer(String id, String to, Instant now) {
        return change(Query.query(Criteria.where("_id").is(id).and("status").is(Status.CLAIMED).and("offeredTo")
                .is(to)), new Update().set("assignee", to).unset("offeredTo")
                .push("history", new Change(Status.CLAIMED, to, now)));
    }

    Optional<SafetyCase> declineOffer(String id, String to) {
        return change(Query.query(Criteria.where("_id").is(id).and("offeredTo").is(to)),
                new Update().unset("offeredTo"));
    }

    public Optional<SafetyCase> close(String id, String by, Outcome outcome, Referral referral, Instant now) {
        return change(mine(id, by), closing(by, outcome, referral, now));
    }

    /** Closes a case nobody claimed, whose person can no longer be reached. */
    Optional<SafetyCase> closeUnclaimed(String id, Outcome outcome, Instant now) {
        return change(Query.query(Criteria.where("_id").is(id).and("status").is(Status.NEW)),
                closing("bot", outcome, Referral.NONE, now));
    }

    long countFor(String chat) {
        return mongo.count(Query.query(Criteria.where("chat").is(chat)), SafetyCase.class);
    }

    /**
     * The person deleted their data: every case of theirs loses what links it to them (chat, reference, transcript,
     * notes, signals) and keeps its figures; open ones stop relaying. Returns the open ones as they were, so that their
     * responders can be told.
     */
    List<SafetyCase> forget(String chat) {
        List<SafetyCase> open = mongo.find(Query.query(Criteria.where("chat").is(chat).and("status").ne(Status.CLOSED)),
                SafetyCase.class);
        mongo.updateMulti(Query.query(Criteria.where("chat").is(chat)), new Update().set("chat", ERASED)
                .set("person", ERASED).set("event", ERASED).set("transcript", List.of()).set("notes", List.of())
                .set("reasons", null).set("personGone", true).set("userLeft", true), SafetyCase.class);
        return open;
    }

    /**
     * Adds the entry to the transcript, keeping its last {@code keep} entries; empty when the case is gone, or when an
     * entry of the same event is there already (the event was handled again).
     */
    public Optional<SafetyCase> say(String id, Entry entry, int keep) {
        Query query = entry.event() == null ? byId(id)
                : Query.query(Criteria.where("_id").is(id).and("transcript.event").ne(entry.event()));
        return change(query, new Update().push("transcript").slice(-keep).each(entry));
    }

    public Optional<SafetyCase> note(String id, Entry note) {
        return change(byId(id), new Update().push("notes", note));
    }

    /** Raises the case's level for what this event showed. */
    public Optional<SafetyCase> raise(String id, Level level, @Nullable String reasons, Inbound event) {
        return change(byId(id), new Update().set("level", level).set("reasons", reasons).set("raisedBy", event.key()));
    }

    public Optional<SafetyCase> userLeft(String id, boolean left) {
        return change(byId(id), new Update().set("userLeft", left));
    }

    /** Marks a responder's words in the transcript as taken by the channel, or refused. */
    void delivery(String id, String message, SafetyCase.Delivery delivery) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id).and("transcript.message").is(message)),
                new Update().set("deliveries." + SafetyCase.deliveryField(message), delivery), SafetyCase.class);
    }

    /** Every case not closed: the most urgent first, then the oldest. */
    List<SafetyCase> allOpen() {
        return mongo.find(Query.query(Criteria.where("status").in(Status.NEW, Status.CLAIMED)), SafetyCase.class)
                .stream()
                .sorted(Comparator.comparing((SafetyCase c) -> c.level() != Level.URGENT)
                        .thenComparing(SafetyCase::openedAt)).toList();
    }

    /** Closed cases matching a search, the newest first. */
    List<SafetyCase> closed(CaseSearch search) {
        Criteria criteria = Criteria.where("status").is(Status.CLOSED);
        if (search.reference() != null) {
            criteria.and("_id").is(search.reference().strip().toUpperCase(Locale.ROOT));
        }
        if (search.level() != null) {
            criteria.and("level").is(search.level());
        }
        if (search.outcome() != null) {
            criteria.and("outcome").is(search.outcome());
        }
        if (search.from() != null || search.to() != null) {
            Criteria opened = criteria.and("openedAt");
            if (search.from() != null) {
                opened.gte(search.from());
            }
            if (search.to() != null) {
                opened.lt(search.to());
            }
        }
        return mongo.find(Query.query(criteria).with(Sort.by(Sort.Direction.DESC, "openedAt")).limit(search.limit()),
                SafetyCase.class);
    }

    /** Cases opened at or after the given time, for the team's figures. */
    List<SafetyCase> openedSince(Instant since) {
        return mongo.find(Query.query(Criteria.where("openedAt").gte(since)), SafetyCase.class);
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
                .orOperator(neverAlerted, urgentLate, concernLate)).with(Sort.by("openedAt")), SafetyCase.class);
    }

    public List<SafetyCase> claimedBy(String responder) {
        return mongo.find(Query.query(Criteria.where("status").is(Status.CLAIMED).and("assignee").is(responder))
                .with(Sort.by("openedAt")), SafetyCase.class);
    }

    private static Query mine(String id, String responder) {
        return Query.query(Criteria.where("_id").is(id).and("status").is(Status.CLAIMED).and("assignee").is(responder));
    }

    private static Update closing(String by, Outcome outcome, Referral referral, Instant now) {
        return new Update().set("status", Status.CLOSED).set("outcome", outcome).set("referral", referral)
                .unset("offeredTo").push("history", new Change(Status.CLOSED, by, now));
    }

    private Optional<SafetyCase> change(Query query, Update update) {
        return Optional.ofNullable(mongo.findAndModify(query, update, FindAndModifyOptions.options().returnNew(true),
                SafetyCase.class));
    }

    private static Query byId(String id) {
        return Query.query(Criteria.where("_id").is(id));
    }
}
