package org.lighthouse.channel;

/**
 * Published when the outbox gives up on a message: the channel refused it for good, or can no longer reach the chat
 * (the person blocked the bot, the bot left the group).
 *
 * @param messageId the key the message was sent with, then {@code #} and its place in its batch
 * @param unreachable whether the chat cannot be reached at all, rather than this one message being refused
 */
public record DeliveryFailed(ChatRef chat, String messageId, String reason, boolean unreachable) {

    /** Whether the message was sent with the given key. */
    public boolean sentWith(String key) {
        return messageId.startsWith(key + "#");
    }
}
