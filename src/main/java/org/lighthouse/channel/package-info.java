/**
 * Channels: Telegram, Facebook Messenger, Zalo and the web chat. Turns what people do into {@link org.lighthouse.channel.Inbound} events for the
 * {@link org.lighthouse.channel.InboundHandler}, and sends {@link org.lighthouse.channel.Reply replies} through the
 * persistent {@link org.lighthouse.channel.Outbox}.
 */
@org.jspecify.annotations.NullMarked
package org.lighthouse.channel;
