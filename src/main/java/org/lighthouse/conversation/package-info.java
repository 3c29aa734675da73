/**
 * The conversation: one way of handling every chat event, whatever the channel. Features plug in through
 * {@link org.lighthouse.conversation.Features}; each chat's state is a {@code Dialogue} in MongoDB.
 */
@org.jspecify.annotations.NullMarked
package org.lighthouse.conversation;
