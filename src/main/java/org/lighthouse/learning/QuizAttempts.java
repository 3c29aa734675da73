package org.lighthouse.learning;

import org.springframework.data.repository.CrudRepository;

/** Every quiz attempt, by its short id. */
interface QuizAttempts extends CrudRepository<QuizAttempt, String> {
}
