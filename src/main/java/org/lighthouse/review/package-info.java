/**
 * Review in the chat: {@code /review hmn} (or {@code vi}, {@code en}) walks one of the programme's native speakers
 * through the draft texts one by one, beside the Vietnamese, to approve, correct or skip each. Only reviewers on
 * Telegram ({@link org.lighthouse.content.ContentStaff}); anyone else gets the answer to an unknown command.
 */
@org.jspecify.annotations.NullMarked
package org.lighthouse.review;
