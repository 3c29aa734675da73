package org.lighthouse.channel.telegram;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import org.lighthouse.channel.http.PromptSockets;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/** The TelegramBots client and HTTP clients, pointed at the configured Bot API. */
final class TelegramPlatform {

    private TelegramPlatform() {
    }

    static TelegramUrl url(TelegramSettings settings) {
        var uri = settings.apiUrl();
        int port = uri.getPort() > 0 ? uri.getPort() : ("https".equals(uri.getScheme()) ? 443 : 80);
        return new TelegramUrl(uri.getScheme(), uri.getHost(), port, false);
    }

    /** The client that sends: many requests at once, short timeouts. */
    static TelegramClient client(TelegramSettings settings) {
        return new OkHttpTelegramClient(sendingHttp(), settings.token(), url(settings));
    }

    static OkHttpClient sendingHttp() {
        Dispatcher dispatcher = new Dispatcher();
        dispatcher.setMaxRequests(256);
        dispatcher.setMaxRequestsPerHost(256);
        return new OkHttpClient.Builder()
                .socketFactory(PromptSockets.INSTANCE)
                .dispatcher(dispatcher)
                .connectionPool(new ConnectionPool(64, 5, TimeUnit.MINUTES))
                .connectTimeout(Duration.ofSeconds(10))
                .readTimeout(Duration.ofSeconds(30))
                .writeTimeout(Duration.ofSeconds(30))
                .build();
    }

    /** The HTTP client of {@link BotApi}: long polls that may wait for the whole poll timeout, and short questions. */
    static OkHttpClient pollingHttp(TelegramSettings settings) {
        return new OkHttpClient.Builder()
                .socketFactory(PromptSockets.INSTANCE)
                .connectTimeout(Duration.ofSeconds(10))
                .readTimeout(settings.pollTimeout().plusSeconds(15))
                .build();
    }
}
