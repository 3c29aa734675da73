/**
 * Learning in the chat: lessons card by card, quizzes with feedback, each learner's progress and place in MongoDB,
 * "My progress", and missed questions coming back for review. Publishes {@link org.lighthouse.learning.LessonStarted},
 * {@link org.lighthouse.learning.LessonCompleted}, {@link org.lighthouse.learning.SeriesCompleted} and
 * {@link org.lighthouse.learning.QuizAnswered}.
 */
@org.jspecify.annotations.NullMarked
package org.lighthouse.learning;
