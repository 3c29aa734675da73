package org.lighthouse.conversation;

import org.lighthouse.shared.Versions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Component;

/** Dialogues stored before they carried a version get one at start, before any event is handled. */
@Component
class DialogueVersions {

    DialogueVersions(MongoOperations mongo) {
        Versions.stampUnversioned(mongo, Dialogue.class);
    }
}
