package org.lighthouse.classroom;

import java.time.Instant;
import org.lighthouse.channel.ChatRef;
import org.lighthouse.shared.Language;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A student in a class, under the name they chose for it (the only thing about them the teacher sees, with their
 * results in the work assigned to the class).
 *
 * @param student the student's chat key
 * @param language the student's language when they joined or last looked at their classes, for messages sent to them
 */
@Document("class_members")
record Member(@Id String id, String classId, String student, String name, Language language, Instant joinedAt) {

    /** The longest name in a class. */
    static final int MAX_NAME = 30;

    static Member of(String classId, String student, String name, Language language, Instant now) {
        return new Member(classId + "|" + student, classId, student, name, language, now);
    }

    ChatRef chat() {
        return ChatRef.parse(student);
    }
}
