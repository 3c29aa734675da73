package org.lighthouse.channel;

import java.util.Arrays;

/**
 * A chat on one channel: a Telegram chat id, a web chat session, or a Zalo chat id. Its {@link #key()} names it
 * everywhere ({@code tg:123456}, {@code web:5f0c...}, {@code zl:e4ea2cd5...}).
 */
public record ChatRef(Channel channel, String id) {

    public enum Channel {
        TELEGRAM("tg"),
        WEB("web"),
        ZALO("zl");

        private final String prefix;

        Channel(String prefix) {
            this.prefix = prefix;
        }

        public String prefix() {
            return prefix;
        }

        /** Whether the channel shows buttons; on Zalo, which has none, they are numbered choices in the text. */
        public boolean hasButtons() {
            return this != ZALO;
        }
    }

    public static ChatRef telegram(long chatId) {
        return new ChatRef(Channel.TELEGRAM, Long.toString(chatId));
    }

    public static ChatRef web(String session) {
        return new ChatRef(Channel.WEB, session);
    }

    public static ChatRef zalo(String chatId) {
        return new ChatRef(Channel.ZALO, chatId);
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
