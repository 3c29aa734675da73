package org.lighthouse.content.loading;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * A native speaker's review of one text, as the review store keeps it.
 *
 * @param lesson the lesson's id
 * @param field where in the lesson, as {@link Coverage#texts} names it: {@code title}, {@code cards[0]}...
 * @param original the lesson file's text that was reviewed: the review applies only while the file still says this
 * @param corrected the reviewer's text in its place; null when the original was approved as it is
 * @param by the reviewer's Telegram user id
 * @param name the reviewer's console login, when their account is linked; empty otherwise
 * @param at when, as an ISO-8601 instant
 */
public record TextReview(String lesson, String field, String original,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String corrected, long by, String name, String at) {

    /** The text learners read once this review applies. */
    public String result() {
        return corrected != null ? corrected : original;
    }
}
