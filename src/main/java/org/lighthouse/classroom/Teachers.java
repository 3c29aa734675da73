package org.lighthouse.classroom;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** Teachers, by chat, and the one-time invite codes that make them. Nobody becomes a teacher otherwise. */
@Component
class Teachers {

    @Document("teacher_invites")
    record Invite(@Id String code, String issuedBy, Instant issuedAt, Instant expiresAt, @Nullable String redeemedBy,
            @Nullable Instant redeemedAt) {
    }

    @Document("teachers")
    record Teacher(@Id String chat, String invite, Instant since) {
    }

    private final MongoTemplate mongo;
    private final ClassroomSettings settings;
    private final Clock clock;

    Teachers(MongoTemplate mongo, ClassroomSettings settings, Clock clock) {
        this.mongo = mongo;
        this.settings = settings;
        this.clock = clock;
    }

    Invite invite(String admin) {
        Instant now = clock.instant();
        return mongo.insert(new Invite(Codes.fresh(), admin, now, now.plus(settings.inviteValidity()), null, null));
    }

    List<String> chats() {
        return mongo.findAll(Teacher.class).stream().map(Teacher::chat).toList();
    }

    boolean isTeacher(String chat) {
        return mongo.exists(Query.query(Criteria.where("_id").is(chat)), Teacher.class);
    }

    /**
     * Makes the chat a teacher with an invite not used nor expired (or already used by this very chat, when the same
     * message is handled again); empty when the code is no such invite.
     */
    Optional<Teacher> redeem(String code, String chat) {
        Instant now = clock.instant();
        Invite invite = mongo.findAndModify(Query.query(Criteria.where("_id").is(code).and("redeemedBy").isNull()
                .and("expiresAt").gt(now)), new Update().set("redeemedBy", chat).set("redeemedAt", now),
                FindAndModifyOptions.options().returnNew(true), Invite.class);
        if (invite == null) {
            invite = mongo.findOne(Query.query(Criteria.where("_id").is(code).and("redeemedBy").is(chat)),
                    Invite.class);
        }
        if (invite == null) {
            return Optional.empty();
        }
        return Optional.of(mongo.save(new Teacher(chat, code, now)));
    }
}
