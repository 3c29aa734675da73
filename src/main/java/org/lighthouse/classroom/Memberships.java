package org.lighthouse.classroom;

import java.util.Optional;
import org.springframework.stereotype.Component;

/** Class memberships as {@link Classrooms} keeps them. */
@Component
class Memberships implements ClassMemberships {

    private final Classrooms classrooms;

    Memberships(Classrooms classrooms) {
        this.classrooms = classrooms;
    }

    @Override
    public Optional<String> classOf(String person) {
        return classrooms.memberships(person).stream().findFirst().map(Member::classId);
    }
}
