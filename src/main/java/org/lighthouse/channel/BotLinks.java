package org.lighthouse.channel;

import java.util.Optional;
import java.util.regex.Pattern;

/** Links that open a chat with the bot, for people to share or print. */
public interface BotLinks {

    /** What Telegram allows after {@code ?start=}: 1 to 64 letters, digits, {@code _} and {@code -}. */
    Pattern START_PAYLOAD = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    /**
     * A link that opens the bot and sends it {@code /start payload}, such as {@code https://t.me/<bot>?start=<payload>}.
     * Empty when no channel can make one: Telegram is off, or has not told the bot its name yet.
     *
     * @param payload must match {@link #START_PAYLOAD}
     */
    Optional<String> startLink(String payload);
}
