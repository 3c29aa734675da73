package org.lighthouse.channel.messenger;

import org.lighthouse.channel.ChatRef;
import org.lighthouse.channel.PhotoFetcher;
import org.lighthouse.channel.photos.AddressedPhotos;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The Messenger channel's sending side and its photos; its webhook is {@link MessengerWebhook}. */
@Configuration(proxyBeanMethods = false)
@MessengerEnabled
class MessengerConfiguration {

    @Bean
    MessengerTransport messengerTransport(MessengerSettings settings, MessengerChats chats) {
        return new MessengerTransport(settings, chats);
    }

    /** An image's attachment carries its address on Meta's servers. */
    @Bean
    PhotoFetcher messengerPhotos() {
        return new AddressedPhotos(ChatRef.Channel.MESSENGER);
    }
}
