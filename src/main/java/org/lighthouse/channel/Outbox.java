package org.lighthouse.channel;

import java.util.List;

/**
 * The one way out: messages accepted here are stored before this returns, survive a crash, and are sent in order per
 * chat within the channel's limits, retried until the channel takes them, and sent once.
 */
public interface Outbox {

    /**
     * Accepts replies for a chat.
     *
     * @param key unique for this batch of replies, for example {@code tg:42#u1001}: a batch whose key was accepted
     *     before is not accepted again, so handling the same update twice sends its replies once
     */
    void send(ChatRef chat, String key, List<Reply> replies);

    /**
     * How many messages accepted for the chat in this run its channel has not taken yet: a sender that wants to be
     * quick (an alert) writes one message with everything new rather than queue behind its own earlier ones.
     */
    int waiting(ChatRef chat);

    /** Whether a channel is on (configured) in this run. */
    boolean serves(ChatRef.Channel channel);
}
