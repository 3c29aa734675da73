package org.lighthouse.channel.outbox;

import java.time.Duration;

/** What a channel answered when asked to deliver a message. */
public sealed interface Delivery {

    /** Taken; {@code channelMessageId} identifies it on the channel (to edit it later). */
    record Sent(String channelMessageId) implements Delivery {
    }

    /** Too many messages: try again after the given time. */
    record RetryAfter(Duration delay) implements Delivery {
    }

    /** The chat cannot be reached any more: the person blocked the bot, or the bot was removed. */
    record Unreachable(String reason) implements Delivery {
    }

    /** A failure that may pass (network, server error): try again later. */
    record Transient(String reason) implements Delivery {
    }

    /** The channel refuses this message for good (for example, malformed); it is not sent again. */
    record Rejected(String reason) implements Delivery {
    }
}
