package org.lighthouse.console.impact;

import java.util.HashSet;
import java.util.Set;
import org.lighthouse.channel.ChatRef;
import org.lighthouse.classroom.ClassMemberships;
import org.lighthouse.safety.SafetyConversations;
import org.springframework.stereotype.Component;

/** The chats of the people who run the programme (teachers, admins, responders): the programme does not reach them. */
@Component
class Staff {

    private final ClassMemberships classes;
    private final SafetyConversations safety;

    Staff(ClassMemberships classes, SafetyConversations safety) {
        this.classes = classes;
        this.safety = safety;
    }

    Set<String> chats() {
        Set<String> chats = new HashSet<>(classes.programmeChats());
        safety.respondersChats().stream().map(ChatRef::key).forEach(chats::add);
        return chats;
    }
}
