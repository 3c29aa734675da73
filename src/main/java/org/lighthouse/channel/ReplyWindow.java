package org.lighthouse.channel;

/**
 * When a channel lets the bot write of its own accord. Messenger lets a Page write only within 24 hours of the
 * person's last message: a class reminder or a notice to a whole class must skip a chat whose window is closed, and
 * say so, rather than send what the platform refuses.
 */
public interface ReplyWindow {

    /** Whether this window knows the chat's channel; a chat no window covers may always be written to. */
    boolean covers(ChatRef chat);

    /** Whether the bot may write to the chat now without being answered to (a reminder, a notice). */
    boolean open(ChatRef chat);
}
