package org.lighthouse.channel.web;

import java.time.Duration;
import java.util.List;
import org.lighthouse.shared.Retention;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The web chat, for people without Telegram.
 *
 * @param enabled whether the web chat is served ({@code LIGHTHOUSE_WEBCHAT_ENABLED}, on by default)
 * @param keepMessages how many of a chat's latest messages the page shows
 * @param keepFor how long the bot's messages of a web chat are kept; older ones are deleted (minors' data: no longer
 *     than needed)
 * @param postsPerMinute how many posts one web chat may make a minute (a person typing never gets near it)
 * @param addressPostsPerMinute how many posts all the web chats of one client address may make a minute: a class
 *     behind one school connection, or many phones behind a carrier's shared address, must stay well within it
 * @param addressNewChats how many new web chats one client address may open per {@code addressNewChatsWindow}
 *     (opening one costs nothing, so without this a script bypasses the per-chat limit with new chats)
 * @param addressNewChatsWindow the time over which {@code addressNewChats} is counted
 */
@ConfigurationProperties("lighthouse.webchat")
record WebChatSettings(Boolean enabled, Integer keepMessages, Duration keepFor, Integer postsPerMinute,
        Integer addressPostsPerMinute, Integer addressNewChats, Duration addressNewChatsWindow)
        implements Retention {

    WebChatSettings {
        enabled = enabled == null || enabled;
        keepMessages = keepMessages == null ? 200 : keepMessages;
        keepFor = keepFor == null ? Duration.ofDays(30) : keepFor;
        postsPerMinute = postsPerMinute == null ? 60 : postsPerMinute;
        addressPostsPerMinute = addressPostsPerMinute == null ? 300 : addressPostsPerMinute;
        addressNewChats = addressNewChats == null ? 40 : addressNewChats;
        addressNewChatsWindow = addressNewChatsWindow == null ? Duration.ofMinutes(10) : addressNewChatsWindow;
    }

    @Override
    public List<Kept> kept() {
        return List.of(Kept.time("lighthouse.webchat.keep-for", keepFor));
    }
}
