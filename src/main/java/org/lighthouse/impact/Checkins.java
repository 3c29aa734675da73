package org.lighthouse.impact;

import com.mongodb.client.result.UpdateResult;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The people's check-in records. Every change is one conditional update whose filter states its precondition, so that
 * a button pressed twice, or an event handled again, changes nothing the second time.
 */
@Component
class Checkins {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int PAIR_BYTES = 16;

    private final MongoTemplate mongo;

    Checkins(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    Optional<Checkin> find(String chat) {
        return Optional.ofNullable(mongo.findById(chat, Checkin.class));
    }

    /** A record for a person new to the bot, whose baseline is then due; one already there stays as it is. */
    void welcome(String chat) {
        if (find(chat).isPresent()) {
            return;
        }
        try {
            mongo.insert(Checkin.of(chat));
        } catch (DuplicateKeyException e) {
            // the same person's event handled again: the record is there
        }
    }

    /** Marks the phase offered now; false when it was offered before. */
    boolean offer(String chat, Phase phase, Instant now) {
        Criteria notYet = new Criteria().orOperator(Criteria.where(field(phase)).exists(false),
                Criteria.where(field(phase)).is(null));
        return changed(mongo.updateFirst(Query.query(Criteria.where("_id").is(chat).andOperator(notYet)),
                new Update().set(field(phase), new Checkin.Stage(day(now), 0, null)), Checkin.class));
    }

    /** The baseline's pairing key, made on first use: 16 random bytes, URL-safe Base64. */
    String pair(String chat) {
        byte[] key = new byte[PAIR_BYTES];
        RANDOM.nextBytes(key);
        mongo.updateFirst(Query.query(Criteria.where("_id").is(chat).and("pair").is(null)),
                new Update().set("pair", Base64.getUrlEncoder().withoutPadding().encodeToString(key)), Checkin.class);
        return find(chat).map(Checkin::pair).orElseThrow();
    }

    /** Drops the pairing key from the record, returning it (empty when there was none). */
    Optional<String> takePair(String chat) {
        Checkin before = mongo.findAndModify(Query.query(Criteria.where("_id").is(chat)), new Update().unset("pair"),
                FindAndModifyOptions.options().returnNew(false), Checkin.class);
        return Optional.ofNullable(before).map(Checkin::pair);
    }

    /** Moves past the question at {@code position}; false when it was answered or skipped before, or is not next. */
    boolean pass(String chat, Phase phase, int position) {
        return changed(mongo.updateFirst(Query.query(Criteria.where("_id").is(chat)
                .and(field(phase) + ".next").is(position).and(field(phase) + ".answered").is(null)),
                new Update().inc(field(phase) + ".next", 1), Checkin.class));
    }

    void finish(String chat, Phase phase, Instant now) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(chat)), new Update().set(field(phase) + ".answered",
                day(now)), Checkin.class);
    }

    /**
     * The person finished a series: their follow-up is due now, if their baseline was offered before (a series
     * finished before it says nothing of what the baseline found).
     */
    void seriesDone(String chat) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(chat).and("before").ne(null)),
                new Update().set("seriesDone", true), Checkin.class);
    }

    void erase(String chat) {
        mongo.remove(Query.query(Criteria.where("_id").is(chat)), Checkin.class);
    }

    /**
     * A time kept with the chat, to the day (UTC): an exact time would point to the anonymous answers stored at that
     * moment. A day is all the 30-day follow-up needs.
     */
    private static Instant day(Instant at) {
        return at.truncatedTo(ChronoUnit.DAYS);
    }

    private static String field(Phase phase) {
        return phase == Phase.BEFORE ? "before" : "after";
    }

    private static boolean changed(UpdateResult result) {
        return result.getModifiedCount() == 1;
    }
}
