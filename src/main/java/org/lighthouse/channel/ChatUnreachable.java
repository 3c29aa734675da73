package org.lighthouse.channel;

/** Published when a channel refuses to deliver to a chat because the person blocked the bot or left. */
public record ChatUnreachable(ChatRef chat) {
}
