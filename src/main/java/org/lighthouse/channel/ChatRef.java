package org.lighthouse.channel;

import java.util.Arrays;

/**
 * A chat on one channel: a Telegram chat id, a web chat session, or a Messenger page-scoped id (PSID). Its
 * {@link #key()} names it everywhere ({@code tg:123456}, {@code web:5f0c...}, {@code fb:6543...}).
 */
public record ChatRef(Channel channel, String id) {

    public enum Channel {
        TELEGRAM("tg"),
        WEB("web"),
        MESSENGER("fb");

        private final String prefix;

        Channel(String prefix) {
            this.prefix = prefix;
        }

        public String prefix() {
            return prefix;
        }

        /**
         * Whether the platform asks an automated chat to say that it is one: Messenger, at the start, after a long
         * pause, and when a person hands the chat back to the bot.
         */
        public boolean saysItIsABot() {
            return this == MESSENGER;
        }
    }

    public static ChatRef telegram(long chatId) {
        return new ChatRef(Channel.TELEGRAM, Long.toString(chatId));
    }

    public static ChatRef web(String session) {
        return new ChatRef(Channel.WEB, session);
    }

    /** A person's chat with the Facebook Page, by their page-scoped id. */
    public static ChatRef messenger(String psid) {
        return new ChatRef(Channel.MESSENGER, psid);
    }

    public static ChatRef parse(String key) {
        int colon = key.indexOf(':');
        String prefix = colon < 0 ? "" : key.substring(0, colon);
        Channel channel = Arrays.stream(Channel.values()).filter(c -> c.prefix.equals(prefix)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not a chat key: " + key));
        return new ChatRef(channel, key.substring(colon + 1));
    }

    public String key() {
        return channel.prefix + ":" + id;
    }

    /** Telegram group chats have negative ids; they get Telegram's slower per-group sending limit. */
    public boolean isGroup() {
        return channel == Channel.TELEGRAM && id.startsWith("-");
    }

    @Override
    public String toString() {
        return key();
    }
}
