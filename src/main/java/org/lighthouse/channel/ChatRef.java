package org.lighthouse.channel;

import java.util.Arrays;

/**
 * A chat on one channel: a Telegram chat id, a web chat session, a Messenger page-scoped id (PSID) or a Zalo chat id.
 * Its {@link #key()} names it everywhere ({@code tg:123456}, {@code web:5f0c...}, {@code fb:6543...},
 * {@code zl:e4ea2cd5...}).
 */
public record ChatRef(Channel channel, String id) {

    public enum Channel {
        TELEGRAM("tg", "Telegram"),
        WEB("web", "Web"),
        MESSENGER("fb", "Messenger"),
        ZALO("zl", "Zalo");

        private final String prefix;
        private final String app;

        Channel(String prefix, String app) {
            this.prefix = prefix;
            this.app = app;
        }

        public String prefix() {
            return prefix;
        }

        /** The app as people name it, the same in every language: {@code Zalo}. */
        public String app() {
            return app;
        }

        /**
         * Whether the platform asks an automated chat to say that it is one: Messenger, at the start, after a long
         * pause, and when a person hands the chat back to the bot.
         */
        public boolean saysItIsABot() {
            return this == MESSENGER;
        }

        /**
         * Whether only the last message of an answer shows its buttons (Messenger's quick replies): a message sent
         * after another's buttons must carry them too, or they are out of reach.
         */
        public boolean buttonsOnLastMessageOnly() {
            return this == MESSENGER;
        }

        /** Whether the channel shows buttons; on Zalo, which has none, they are numbered choices in the text. */
        public boolean hasButtons() {
            return this != ZALO;
        }

        /** Whether the channel can play a recording (a lesson card read aloud); Zalo's bots send no audio. */
        public boolean playsAudio() {
            return this != ZALO;
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

    /** A person's chat with the Zalo bot, by Zalo's chat id. */
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
