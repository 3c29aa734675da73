package org.lighthouse.classroom;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** Assignments and what each student did for them. */
@Component
class Assignments {

    private final MongoTemplate mongo;

    Assignments(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(Assignment.class).createIndex(new Index().on("classId", Sort.Direction.ASC));
        mongo.indexOps(Work.class).createIndex(new Index().on("assignment", Sort.Direction.ASC));
    }

    /** Stores a new assignment, or returns the one already stored under its id (the same press handled again). */
    Assignment create(Assignment fresh) {
        try {
            return mongo.insert(fresh);
        } catch (DuplicateKeyException e) {
            return find(fresh.id()).orElseThrow(() -> e);
        }
    }

    Optional<Assignment> find(String id) {
        return Optional.ofNullable(mongo.findById(id, Assignment.class));
    }

    /** The class's assignments, newest first. */
    List<Assignment> of(String classId) {
        return mongo.find(Query.query(Criteria.where("classId").is(classId)).with(Sort.by(Sort.Direction.DESC,
                "createdAt")), Assignment.class);
    }

    /** The assignments of these classes that include the lesson and were given by then. */
    List<Assignment> including(Collection<String> classIds, String lessonId, Instant by) {
        return mongo.find(Query.query(Criteria.where("classId").in(classIds).and("lessonIds").is(lessonId)
                .and("createdAt").lte(by)), Assignment.class);
    }

    /** Assignments due within {@code lead} whose students were not reminded yet. */
    List<Assignment> awaitingReminder(Instant now, java.time.Duration lead) {
        return mongo.find(Query.query(Criteria.where("remindedAt").isNull().and("dueAt").gt(now).lte(now.plus(lead))),
                Assignment.class);
    }

    void reminded(Assignment assignment, Instant at) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(assignment.id())), Update.update("remindedAt", at),
                Assignment.class);
    }

    Work work(String assignment, String student) {
        return Optional.ofNullable(mongo.findById(Work.idOf(assignment, student), Work.class))
                .orElseGet(() -> Work.none(assignment, student));
    }

    /** Everyone's work for the assignment, by student. */
    Map<String, Work> work(String assignment) {
        return mongo.find(Query.query(Criteria.where("assignment").is(assignment)), Work.class).stream()
                .collect(Collectors.toMap(Work::student, Function.identity()));
    }

    /** The students whom a notice of the assignment could not reach (their channel's window was closed). */
    java.util.Set<String> unreached(String assignment) {
        return mongo.find(Query.query(Criteria.where("assignment").is(assignment)), Unreached.class).stream()
                .map(Unreached::student).collect(Collectors.toSet());
    }

    void save(Work work) {
        mongo.save(work);
    }

    /** Forgets what the student did for these assignments (they left the class). */
    void forget(Collection<String> assignments, String student) {
        mongo.remove(Query.query(Criteria.where("assignment").in(assignments).and("student").is(student)), Work.class);
        mongo.remove(Query.query(Criteria.where("assignment").in(assignments).and("student").is(student)),
                Unreached.class);
    }
}
