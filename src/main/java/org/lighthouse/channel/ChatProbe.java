package org.lighthouse.channel;

import java.util.Optional;

/** Asks a channel, before anything must reach a chat, whether the bot may write there. */
public interface ChatProbe {

    /** Whether this probe knows the chat's channel. */
    boolean covers(ChatRef chat);

    /** Empty when the bot may write to the chat; otherwise why it may not, in words an operator can act on. */
    Optional<String> refusal(ChatRef chat);
}
