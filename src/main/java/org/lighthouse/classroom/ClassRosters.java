package org.lighthouse.classroom;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Every class and who is in it, for a message an admin sends to one class: the class's name and its students' chats,
 * nothing of their names or work.
 */
@Component
public class ClassRosters {

    private final MongoTemplate mongo;
    private final Classrooms classrooms;

    ClassRosters(MongoTemplate mongo, Classrooms classrooms) {
        this.mongo = mongo;
        this.classrooms = classrooms;
    }

    /** A class, with how many students it has. */
    public record ClassSummary(String id, String name, long students) {
    }

    /** Every class, oldest first. */
    public List<ClassSummary> classes() {
        return mongo.find(new Query().with(Sort.by("createdAt")), Classroom.class).stream()
                .map(c -> new ClassSummary(c.id(), c.name(), classrooms.size(c.id()))).toList();
    }

    public Optional<ClassSummary> find(String classId) {
        return classrooms.find(classId).map(c -> new ClassSummary(c.id(), c.name(), classrooms.size(c.id())));
    }

    /** The chat keys of the class's students. */
    public List<String> students(String classId) {
        return classrooms.members(classId).stream().map(Member::student).toList();
    }
}
