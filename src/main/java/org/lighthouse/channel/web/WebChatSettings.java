package org.lighthouse.channel.web;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The web chat, for people without Telegram.
 *
 * @param enabled whether the web chat is served ({@code LIGHTHOUSE_WEBCHAT_ENABLED}, on by default)
 * @param keepMessages how many of a chat's latest messages the page shows
 */
@ConfigurationProperties("lighthouse.webchat")
record WebChatSettings(Boolean enabled, Integer keepMessages) {

    WebChatSettings {
        enabled = enabled == null || enabled;
        keepMessages = keepMessages == null ? 200 : keepMessages;
    }
}
