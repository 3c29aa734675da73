package org.lighthouse.channel.outbox;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.lighthouse.channel.ChatRef;
import org.lighthouse.channel.Reply;

/** A channel's way of delivering messages from the outbox. */
public interface Transport {

    ChatRef.Channel channel();

    /** Delivers one message. The future completes with the channel's answer and never exceptionally. */
    CompletableFuture<Delivery> deliver(OutboxMessage message);

    /** The longest text one message may carry on this channel. */
    int maxTextLength();

    /**
     * The longest text this reply may have to go as one message: less than {@link #maxTextLength()} on a channel that
     * writes the reply's buttons into its text (Zalo has no buttons). A longer text is split, the buttons going with
     * its last part.
     */
    default int maxTextLength(Reply reply) {
        return maxTextLength();
    }

    /** The least time between two messages to the same chat. */
    Duration chatInterval(ChatRef chat);

    /** Messages per second over all chats, or 0 for no limit. */
    double perSecond();
}
