package org.lighthouse.classroom;

import java.time.Instant;
import java.util.List;
import org.lighthouse.channel.Reply;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A notice about class work kept back while the student talks with the safety net, sent when that conversation ends.
 *
 * @param key the notice's outbox key, so that sending it twice sends it once
 * @param student the student's chat key
 */
@Document("held_notices")
record HeldNotice(@Id String key, String student, List<Reply> replies, Instant heldAt) {
}
