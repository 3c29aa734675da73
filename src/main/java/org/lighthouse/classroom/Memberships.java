package org.lighthouse.classroom;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Class memberships, teachers and admins, as {@link Classrooms}, {@link Teachers} and {@link Admins} know them. */
@Component
class Memberships implements ClassMemberships {

    private final Classrooms classrooms;
    private final Teachers teachers;
    private final Admins admins;

    Memberships(Classrooms classrooms, Teachers teachers, Admins admins) {
        this.classrooms = classrooms;
        this.teachers = teachers;
        this.admins = admins;
    }

    @Override
    public Optional<String> classOf(String person) {
        return classrooms.memberships(person).stream().findFirst().map(Member::classId);
    }

    @Override
    public Set<String> programmeChats() {
        Set<String> chats = new HashSet<>(teachers.chats());
        chats.addAll(admins.chats());
        return chats;
    }
}
