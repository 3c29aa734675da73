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

    /** As {@link #send}, for messages that go before the chat's other waiting messages: alerts about danger. */
    void sendUrgent(ChatRef chat, String key, List<Reply> replies);

    /**
     * As {@link #send}, for one of many messages accepted at once (a broadcast): it goes after the messages of other
     * chats that wait, so that a broadcast never holds up an alert or an answer, and at the channel's full rate when
     * none wait. In its own chat it keeps its place.
     */
    void sendInBulk(ChatRef chat, String key, List<Reply> replies);

    /**
     * How many urgent messages accepted for the chat in this run its channel has not taken yet: an alert sender writes
     * one message with everything new once the last is taken, rather than queue many behind each other.
     */
    int urgentWaiting(ChatRef chat);

    /**
     * How the messages accepted with keys that start with the prefix stand now. Sent and dropped messages are
     * forgotten after {@code lighthouse.outbox.keep-sent} (a day): whoever needs their count longer keeps it.
     */
    Progress progress(String keyPrefix);

    /**
     * Messages of a kind and where they stand.
     *
     * @param sent taken by their channel
     * @param failed given up on: the person blocked the bot, or the channel refused the message for good
     * @param waiting accepted and not yet taken
     */
    record Progress(long sent, long failed, long waiting) {
    }

    /** Whether a channel is on (configured) in this run. */
    boolean serves(ChatRef.Channel channel);
}
