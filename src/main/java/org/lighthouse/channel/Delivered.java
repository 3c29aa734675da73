package org.lighthouse.channel;

/**
 * Published when the channel took a message from the outbox.
 *
 * @param messageId the key the message was sent with, then {@code #} and its place in its batch
 */
public record Delivered(ChatRef chat, String messageId) {
}
