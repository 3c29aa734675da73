package org.lighthouse.channel;

/** What a channel keeps of a chat's messages (the web chat's transcript, sent messages in the outbox). */
public interface ChatHistory {

    /** Deletes what is kept of the chat's messages, except messages still waiting to be sent. */
    void erase(ChatRef chat);
}
