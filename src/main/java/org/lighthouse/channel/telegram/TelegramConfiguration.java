package org.lighthouse.channel.telegram;

import java.time.Clock;
import org.lighthouse.channel.ChatProbe;
import org.lighthouse.channel.PhotoFetcher;
import org.lighthouse.channel.inbox.Inbox;
import org.lighthouse.channel.outbox.OutboxSettings;
import org.lighthouse.lease.Lease;
import org.lighthouse.shared.Texts;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * The Telegram channel, on when {@code TELEGRAM_BOT_TOKEN} is set: by long polling, or in webhook mode when
 * {@code TELEGRAM_WEBHOOK_URL} and {@code TELEGRAM_WEBHOOK_SECRET} are set.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${lighthouse.telegram.token:}'.trim() != ''")
class TelegramConfiguration {

    @Bean
    TelegramClient telegramClient(TelegramSettings settings) {
        return TelegramPlatform.client(settings);
    }

    @Bean
    BotApi botApi(TelegramSettings settings) {
        return new BotApi(TelegramPlatform.pollingHttp(settings), settings);
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
    TelegramTransport telegramTransport(TelegramClient client, OutboxSettings settings,
            ApplicationEventPublisher events) {
        return new TelegramTransport(client, settings, events);
    }

    @Bean
    ChatProbe telegramChatProbe(BotApi api, TelegramSettings settings) {
        return new TelegramChatProbe(api, settings);
    }

    @Bean
    PhotoFetcher telegramPhotos(BotApi api, TelegramSettings settings) {
        return new TelegramPhotos(api, settings);
    }

    @Bean
    UnreadUpdates unreadUpdates(MongoTemplate mongo, Clock clock) {
        return new UnreadUpdates(mongo, clock);
    }

    @Bean
    IntakeStatus intakeStatus(Clock clock) {
        return new IntakeStatus(clock);
    }

    /** {@code telegram} in {@code /actuator/health}. */
    @Bean("telegram")
    TelegramHealth telegramHealth(IntakeStatus intake, UnreadUpdates unread, TelegramSettings settings) {
        return new TelegramHealth(intake, unread, settings);
    }

    @Bean
    UpdateIntake updateIntake(TelegramClient client, Inbox inbox, BotIdentity identity, UnreadUpdates unread,
            Texts texts, IntakeStatus status) {
        return new UpdateIntake(client, inbox, identity, new UpdateReader(new UpdateMapper(identity), unread), unread,
                new BotCommands(client, texts), status);
    }

    /** Long polling, unless both webhook settings are set (the settings refuse one without the other). */
    @Bean
    @Conditional(PollingMode.class)
    TelegramPoller telegramPoller(TelegramSettings settings, BotApi api, UpdateIntake intake, IntakeStatus status,
            Lease lease) {
        return new TelegramPoller(settings, api, intake, status, lease);
    }

    @Bean
    @Conditional(WebhookMode.class)
    TelegramWebhook telegramWebhook(TelegramSettings settings, BotApi api, UpdateIntake intake, IntakeStatus status) {
        return new TelegramWebhook(settings, api, intake, status);
    }

    /** {@code TELEGRAM_WEBHOOK_URL} is set (read as text: a URL may hold what an expression would stumble on). */
    static final class WebhookMode implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !context.getEnvironment().getProperty("lighthouse.telegram.webhook-url", "").isBlank();
        }
    }

    static final class PollingMode implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !new WebhookMode().matches(context, metadata);
        }
    }
}
