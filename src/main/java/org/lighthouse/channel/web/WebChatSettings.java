package org.lighthouse.channel.web;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The web chat, for people without Telegram.
 *
 * @param enabled whether the web chat is served ({@code LIGHTHOUSE_WEBCHAT_ENABLED}, on by default)
 * @param keepMessages how many of a chat's latest messages the page shows
 * @param keepFor how long the bot's messages of a web chat are kept; older ones are deleted (minors' data: no longer
 *     than needed)
 * @param postsPerMinute how many posts one web chat may make a minute (a person typing never gets near it)
 */
@ConfigurationProperties("lighthouse.webchat")
record WebChatSettings(Boolean enabled, Integer keepMessages, Duration keepFor, Integer postsPerMinute) {

    WebChatSettings {
        enabled = enabled == null || enabled;
        keepMessages = keepMessages == null ? 200 : keepMessages;
        keepFor = keepFor == null ? Duration.ofDays(30) : keepFor;
        postsPerMinute = postsPerMinute == null ? 60 : postsPerMinute;
    }
}
