package org.lighthouse.safety;

import java.util.Set;
import org.lighthouse.channel.ChatRef;

/**
 * Whether a person is in a conversation with the safety net right now: their case is open and they have not stepped out
 * of it. Meanwhile the bot's own lessons and menus keep quiet, and so should other modules' messages to them.
 */
public interface SafetyConversations {

    boolean engages(ChatRef chat);

    /**
     * Whether the person has a case not closed, engaging them or not: a time to leave them in peace (no check-in, no
     * announcement to many).
     */
    boolean hasOpenCase(ChatRef chat);

    /** The trained responders' private chats with the bot on Telegram. */
    Set<ChatRef> respondersChats();
}
