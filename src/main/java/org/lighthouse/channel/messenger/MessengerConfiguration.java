package org.lighthouse.channel.messenger;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The Messenger channel's sending side; its webhook is {@link MessengerWebhook}. */
@Configuration(proxyBeanMethods = false)
@MessengerEnabled
class MessengerConfiguration {

    @Bean
    MessengerTransport messengerTransport(MessengerSettings settings, MessengerChats chats) {
        return new MessengerTransport(settings, chats);
    }
}
