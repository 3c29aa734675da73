package org.lighthouse.conversation;

import org.springframework.data.repository.CrudRepository;

/** Every chat's {@link Dialogue}, by chat key. */
interface Dialogues extends CrudRepository<Dialogue, String> {
}
