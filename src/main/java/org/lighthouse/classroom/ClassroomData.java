package org.lighthouse.classroom;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.lighthouse.privacy.PersonalData;
import org.lighthouse.shared.Language;
import org.lighthouse.shared.Texts;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * A person's classes: as a student, the classes joined with the name chosen there and the results of their work; as
 * a teacher, the role and the classes they run (deleted with everything in them).
 */
@Component
class ClassroomData implements PersonalData {

    private final Classrooms classrooms;
    private final Teachers teachers;
    private final MongoTemplate mongo;
    private final Texts texts;

    ClassroomData(Classrooms classrooms, Teachers teachers, MongoTemplate mongo, Texts texts) {
        this.classrooms = classrooms;
        this.teachers = teachers;
        this.mongo = mongo;
        this.texts = texts;
    }

    @Override
    public List<String> describe(String person, Language language) {
        List<String> lines = new ArrayList<>();
        List<Member> memberships = classrooms.memberships(person);
        if (!memberships.isEmpty()) {
            lines.add(texts.get(language, "privacy.classes", Map.of("count", memberships.size(), "names",
                    String.join(", ", memberships.stream().map(Member::name).toList()))));
        }
        if (teachers.isTeacher(person)) {
            lines.add(texts.get(language, "privacy.teacher", Map.of("count", classrooms.of(person).size())));
        }
        return lines;
    }

    @Override
    public void erase(String person) {
        for (Classroom taught : classrooms.of(person)) {
            List<String> assignments = mongo.find(byField("classId", taught.id()), Assignment.class).stream()
                    .map(Assignment::id).toList();
            mongo.remove(Query.query(Criteria.where("assignment").in(assignments)), Work.class);
            mongo.remove(Query.query(Criteria.where("assignment").in(assignments)), Unreached.class);
            mongo.remove(byField("classId", taught.id()), Assignment.class);
            mongo.remove(byField("classId", taught.id()), Member.class);
            mongo.remove(byField("_id", taught.id()), Classroom.class);
        }
        mongo.remove(byField("_id", person), Teachers.Teacher.class);
        mongo.remove(byField("student", person), Member.class);
        mongo.remove(byField("student", person), Work.class);
        mongo.remove(byField("student", person), HeldNotice.class);
        mongo.remove(byField("student", person), Unreached.class);
    }

    private static Query byField(String field, Object value) {
        return Query.query(Criteria.where(field).is(value));
    }
}
