package org.lighthouse.learning;

import org.springframework.data.mongodb.repository.MongoRepository;

/** Every quiz attempt, by its id (an ObjectId's hex; 8 hex characters in attempts stored before). */
interface QuizAttempts extends MongoRepository<QuizAttempt, String> {
}
