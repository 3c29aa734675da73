package org.lighthouse.learning;

import org.lighthouse.shared.Versions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Component;

/** Progress stored before it carried a version gets one at start, before any event is handled. */
@Component
class ProgressVersions {

    ProgressVersions(MongoOperations mongo) {
        Versions.stampUnversioned(mongo, LearnerProgress.class);
    }
}
