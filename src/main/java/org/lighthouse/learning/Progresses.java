package org.lighthouse.learning;

import org.springframework.data.repository.CrudRepository;

/** Every learner's {@link LearnerProgress}, by chat key. */
interface Progresses extends CrudRepository<LearnerProgress, String> {
}
