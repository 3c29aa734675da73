package org.lighthouse.channel.zalo;

import java.time.Clock;
import java.time.Duration;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import org.lighthouse.channel.ChatRef;
import org.lighthouse.channel.PhotoFetcher;
import org.lighthouse.channel.choices.NumberedChoices;
import org.lighthouse.channel.http.PromptSockets;
import org.lighthouse.channel.inbox.Inbox;
import org.lighthouse.channel.photos.AddressedPhotos;
import org.lighthouse.lease.Lease;
import org.lighthouse.shared.ConfigurationProblem;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The Zalo channel, on when {@code ZALO_BOT_TOKEN} is set: by long polling, or by webhook when
 * {@code ZALO_WEBHOOK_URL} and {@code ZALO_WEBHOOK_SECRET} are set.
 */
@Configuration(proxyBeanMethods = false)
@ZaloEnabled
class ZaloConfiguration {

    @Bean
    ZaloApi zaloApi(ZaloSettings settings) {
        Dispatcher dispatcher = new Dispatcher();
        dispatcher.setMaxRequests(128);
        dispatcher.setMaxRequestsPerHost(128);
        OkHttpClient http = new OkHttpClient.Builder()
                .socketFactory(PromptSockets.INSTANCE)
                .dispatcher(dispatcher)
                .connectionPool(new ConnectionPool(32, 5, java.util.concurrent.TimeUnit.MINUTES))
                .connectTimeout(Duration.ofSeconds(10))
                .readTimeout(settings.pollTimeout().plusSeconds(15))
                .build();
        return new ZaloApi(http, settings);
    }

    @Bean
    ZaloUpdates zaloUpdates(NumberedChoices choices) {
        return new ZaloUpdates(choices);
    }

    /** A photo's update carries its address on Zalo's servers. */
    @Bean
    PhotoFetcher zaloPhotos() {
        return new AddressedPhotos(ChatRef.Channel.ZALO);
    }

    @Bean
    ZaloIntake zaloIntake(Clock clock) {
        return new ZaloIntake(clock);
    }

    @Bean
    ZaloPictures zaloPictures(MongoTemplate mongo, Clock clock, ZaloSettings settings) {
        return new ZaloPictures(mongo, clock, settings);
    }

    @Bean
    ZaloTransport zaloTransport(ZaloApi api, ZaloSettings settings, NumberedChoices choices, ZaloPictures pictures) {
        return new ZaloTransport(api, settings, choices, pictures);
    }

    /** {@code zalo} in {@code /actuator/health}. */
    @Bean("zalo")
    ZaloHealth zaloHealth(ZaloIntake intake, ZaloSettings settings) {
        return new ZaloHealth(intake, settings);
    }

    /** The intake: a poller, or the webhook's registration (its deliveries come to {@link ZaloWebhook}). */
    @Bean
    SmartLifecycle zaloIntakeLifecycle(ZaloSettings settings, ZaloApi api, ZaloUpdates updates, Inbox inbox,
            ZaloIntake intake, Lease lease) {
        return settings.webhook() ? new ZaloWebhookRegistration(settings, api, intake)
                : new ZaloPoller(settings, api, updates, inbox, intake, lease);
    }

    /** Zalo answered a wrong token, or no bot API at that address. */
    static ConfigurationProblem tokenRefused(ZaloAnswer.Refused refused) {
        return new ConfigurationProblem("Zalo refused ZALO_BOT_TOKEN (" + refused.code() + " " + refused.description()
                + "): copy the token again from Zalo Bot Manager and check ZALO_API_URL, or unset the token to run"
                + " without Zalo");
    }
}
