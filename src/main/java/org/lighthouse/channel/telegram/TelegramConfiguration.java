package org.lighthouse.channel.telegram;

import org.lighthouse.channel.inbox.Inbox;
import org.lighthouse.channel.outbox.OutboxSettings;
import org.lighthouse.shared.Texts;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/** The Telegram channel, on when {@code TELEGRAM_BOT_TOKEN} is set. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${lighthouse.telegram.token:}'.trim() != ''")
class TelegramConfiguration {

    @Bean
    TelegramClient telegramClient(TelegramSettings settings) {
        return TelegramPlatform.client(settings);
    }

    @Bean
    BotIdentity botIdentity() {
        return new BotIdentity();
    }

    @Bean
    TelegramLinks telegramLinks(BotIdentity identity) {
        return new TelegramLinks(identity);
    }

    @Bean
    TelegramTransport telegramTransport(TelegramClient client, OutboxSettings settings) {
        return new TelegramTransport(client, settings);
    }

    @Bean
    TelegramPoller telegramPoller(TelegramSettings settings, TelegramClient client, Inbox inbox, BotIdentity identity,
            Texts texts) {
        return new TelegramPoller(settings, client, inbox, identity, new BotCommands(client, texts));
    }
}
