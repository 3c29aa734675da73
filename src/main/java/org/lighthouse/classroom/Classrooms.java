package org.lighthouse.classroom;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.lighthouse.shared.Language;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** Classes and their members. */
@Component
class Classrooms {

    private final MongoTemplate mongo;

    Classrooms(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(Classroom.class).createIndex(new Index().on("code", Sort.Direction.ASC).unique());
        mongo.indexOps(Classroom.class).createIndex(new Index().on("teacher", Sort.Direction.ASC));
        mongo.indexOps(Member.class).createIndex(new Index().on("classId", Sort.Direction.ASC));
        mongo.indexOps(Member.class).createIndex(new Index().on("student", Sort.Direction.ASC));
    }

    /** Stores a new class, or returns the one already stored under its id (the same message handled again). */
    Classroom create(Classroom fresh) {
        Classroom candidate = fresh;
        for (int tries = 0; ; tries++) {
            try {
                return mongo.insert(candidate);
            } catch (DuplicateKeyException e) {
                Optional<Classroom> before = find(fresh.id());
                if (before.isPresent() || tries == 3) {
                    return before.orElseThrow(() -> e);
                }
                candidate = fresh.withCode(Codes.fresh());
            }
        }
    }

    /** Gives the class a new join code: the old link and QR code stop working. */
    Classroom newCode(Classroom classroom) {
        for (int tries = 0; ; tries++) {
            Classroom changed = classroom.withCode(Codes.fresh());
            try {
                mongo.updateFirst(Query.query(Criteria.where("_id").is(classroom.id())),
                        Update.update("code", changed.code()), Classroom.class);
                return changed;
            } catch (DuplicateKeyException e) {
                if (tries == 3) {
                    throw e;
                }
            }
        }
    }

    Optional<Classroom> find(String id) {
        return Optional.ofNullable(mongo.findById(id, Classroom.class));
    }

    Optional<Classroom> byCode(String code) {
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("code").is(code)), Classroom.class));
    }

    /** The teacher's classes, oldest first. */
    List<Classroom> of(String teacher) {
        return mongo.find(Query.query(Criteria.where("teacher").is(teacher)).with(Sort.by("createdAt")),
                Classroom.class);
    }

    List<Classroom> all(Collection<String> ids) {
        return mongo.find(Query.query(Criteria.where("_id").in(ids)).with(Sort.by("createdAt")), Classroom.class);
    }

    /** The class's students, in the order they joined. */
    List<Member> members(String classId) {
        return mongo.find(Query.query(Criteria.where("classId").is(classId)).with(Sort.by("joinedAt")), Member.class);
    }

    long size(String classId) {
        return mongo.count(Query.query(Criteria.where("classId").is(classId)), Member.class);
    }

    /** The student's places in classes, in the order they joined. */
    List<Member> memberships(String student) {
        return mongo.find(Query.query(Criteria.where("student").is(student)).with(Sort.by("joinedAt")), Member.class);
    }

    Optional<Member> member(String classId, String student) {
        return Optional.ofNullable(mongo.findById(classId + "|" + student, Member.class));
    }

    /** Adds the student; false when they are in the class already. */
    boolean join(Member member) {
        try {
            mongo.insert(member);
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    void speaks(Member member, Language language) {
        if (member.language() != language) {
            mongo.updateFirst(Query.query(Criteria.where("_id").is(member.id())), Update.update("language", language),
                    Member.class);
        }
    }

    void leave(Member member) {
        mongo.remove(Query.query(Criteria.where("_id").is(member.id())), Member.class);
    }
}
