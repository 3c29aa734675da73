package org.lighthouse.classroom;

import java.util.Optional;
import java.util.Set;

/** Which class a person belongs to, and whether they teach, for modules that count by class without naming anyone. */
public interface ClassMemberships {

    /** The id of the class the person joined first among those they are still in; empty when they are in none. */
    Optional<String> classOf(String person);

    /** The chats of those who run the programme with the bot (teachers and admins), rather than learn: a few. */
    Set<String> programmeChats();
}
