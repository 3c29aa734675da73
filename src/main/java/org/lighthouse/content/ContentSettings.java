package org.lighthouse.content;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who works on the content from the chat.
 *
 * @param reviewers Telegram user ids, separated by commas ({@code LIGHTHOUSE_REVIEWERS}), of the programme's native
 *     speakers who review draft texts and record voice; console accounts with the REVIEWER or CONTENT role linked to
 *     Telegram may do so too
 */
@ConfigurationProperties("lighthouse.content")
record ContentSettings(@Nullable String reviewers) {
}
