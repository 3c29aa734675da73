package org.lighthouse.classroom;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.lighthouse.conversation.Turn;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Wrong invite and join codes, per person: after {@code wrongCodes} wrong tries within {@code wrongCodeWindow}, no code
 * is even looked at until the oldest of them is out of the window. Kept in MongoDB, so a restart does not reset it.
 */
@Component
class WrongCodes {

    @Document("code_attempts")
    record Tries(@Id String who, List<Instant> wrong) {
    }

    private final MongoTemplate mongo;
    private final ClassroomSettings settings;
    private final Clock clock;

    WrongCodes(MongoTemplate mongo, ClassroomSettings settings, Clock clock) {
        this.mongo = mongo;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Looks the typed code up, unless the person tried too many wrong codes lately. A code that finds nothing is a
     * wrong try; the person is told why nothing was found ({@code wrongKey}, or that they must wait).
     */
    <T> Optional<T> attempt(Turn turn, String typed, Function<String, Optional<T>> find, String wrongKey) {
        String who = turn.chat().key();
        Optional<Duration> wait = wait(who);
        if (wait.isPresent()) {
            turn.say("classroom.code.wait", Map.of("minutes", Math.max(1, (wait.get().toSeconds() + 59) / 60)));
            return Optional.empty();
        }
        Optional<T> found = Codes.read(typed).flatMap(find);
        if (found.isEmpty()) {
            wrong(who);
            turn.say(wrongKey);
        }
        return found;
    }

    /** How long the person must wait before trying a code again; empty when they may try now. */
    private Optional<Duration> wait(String who) {
        Tries tries = mongo.findById(who, Tries.class);
        Instant windowStart = clock.instant().minus(settings.wrongCodeWindow());
        if (tries == null) {
            return Optional.empty();
        }
        List<Instant> recent = tries.wrong().stream().filter(at -> at.isAfter(windowStart)).sorted().toList();
        if (recent.size() < settings.wrongCodes()) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(windowStart, recent.get(recent.size() - settings.wrongCodes())));
    }

    private void wrong(String who) {
        mongo.findAndModify(Query.query(Criteria.where("_id").is(who)),
                new Update().push("wrong").slice(-settings.wrongCodes()).each(clock.instant()),
                FindAndModifyOptions.options().upsert(true), Tries.class);
    }
}
