package org.lighthouse.classroom;

import java.util.Optional;
import org.springframework.stereotype.Component;

/** Class memberships and teachers, as {@link Classrooms} and {@link Teachers} keep them. */
@Component
class Memberships implements ClassMemberships {

    private final Classrooms classrooms;
    private final Teachers teachers;

    Memberships(Classrooms classrooms, Teachers teachers) {
        this.classrooms = classrooms;
        this.teachers = teachers;
    }

    @Override
    public Optional<String> classOf(String person) {
        return classrooms.memberships(person).stream().findFirst().map(Member::classId);
    }

    @Override
    public boolean teaches(String person) {
        return teachers.isTeacher(person);
    }
}
