package org.lighthouse.channel;

import java.util.Optional;

/**
 * One channel's part of the start-up line {@code Channels on: Telegram (webhook https://...), web chat (...)}: every
 * channel contributes one bean, on or off, and {@link ChannelsReport} prints them all in one line when the service is
 * ready, in the beans' {@link org.springframework.core.annotation.Order} (Telegram 10, Zalo 20, Messenger 30, web chat
 * 100).
 *
 * <p>What a channel says is read by whoever runs Lighthouse, in logs they may share: never a token, secret or
 * password.
 */
public interface ChannelStatus {

    /** The channel as the README names it: {@code Telegram}, {@code web chat}. */
    String channel();

    /**
     * How the channel runs, when on ({@code webhook https://example.org/webhooks/telegram}, {@code long polling}); empty
     * when it is off.
     */
    Optional<String> mode();

    /** Why the channel is off, naming the setting that turns it on ({@code TELEGRAM_BOT_TOKEN is not set}). */
    String whyOff();
}
