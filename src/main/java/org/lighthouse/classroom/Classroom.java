package org.lighthouse.classroom;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A teacher's class. Students join with its {@code code} (the link and QR code carry it); a new code makes the old
 * link stop working.
 *
 * @param teacher the teacher's chat key: the only one who sees the class
 */
@Document("classes")
record Classroom(@Id String id, String teacher, String name, String code, Instant createdAt) {

    /** The longest class name: enough for "9A Mèo Vạc, trường PTDTBT THCS ..." and short enough for a button. */
    static final int MAX_NAME = 60;

    Classroom withCode(String newCode) {
        return new Classroom(id, teacher, name, newCode, createdAt);
    }

    /** What follows {@code /start} in the join link. */
    String joinPayload() {
        return JoinFlow.LINK + "_" + code;
    }
}
