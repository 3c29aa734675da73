package org.lighthouse.classroom;

import java.util.Optional;

/** Which class a person belongs to, and whether they teach, for modules that count by class without naming anyone. */
public interface ClassMemberships {

    /** The id of the class the person joined first among those they are still in; empty when they are in none. */
    Optional<String> classOf(String person);

    /** Whether the person teaches with the bot (a teacher, not a learner). */
    boolean teaches(String person);
}
