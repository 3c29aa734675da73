/**
 * Content: the lessons and quizzes of {@code content/}, read and checked at start-up (an error names the file and the
 * field), and offered read-only as the {@link org.lighthouse.content.Catalog}, with the reviews native speakers make in
 * the chat applied ({@link org.lighthouse.content.ContentReviews}, kept in the data directory).
 */
@org.jspecify.annotations.NullMarked
package org.lighthouse.content;
