package org.lighthouse.classroom;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A student whom a notice about an assignment (the work given, its reminder) could not reach: their channel lets the
 * bot write only within a window after their own last message (Messenger: 24 hours), and it was closed. The teacher's
 * report counts them.
 */
@Document("class_unreached")
record Unreached(@Id String id, String assignment, String student, Instant at) {

    static Unreached of(String assignment, String student, Instant at) {
        return new Unreached(assignment + "|" + student, assignment, student, at);
    }
}
