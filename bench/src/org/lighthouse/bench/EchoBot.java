package org.lighthouse.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * The ceiling: a bare TelegramBots long-polling bot that answers every text with the same text, sending
 * asynchronously (up to 100 requests in flight), with nothing stored. {@code EchoBot PORT TOKEN}
 */
public final class EchoBot {

    public static void main(String[] args) throws Exception {
        TelegramUrl url = new TelegramUrl("http", "127.0.0.1", Integer.parseInt(args[0]), false);
        String token = args[1];
        Dispatcher dispatcher = new Dispatcher();
        dispatcher.setMaxRequests(100);
        dispatcher.setMaxRequestsPerHost(100);
        OkHttpTelegramClient client = new OkHttpTelegramClient(new OkHttpClient.Builder().dispatcher(dispatcher)
                .connectionPool(new okhttp3.ConnectionPool(100, 5, java.util.concurrent.TimeUnit.MINUTES)).build(),
                token, url);
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "polling");
            thread.setDaemon(true);
            return thread;
        });
        TelegramBotsLongPollingApplication app = new TelegramBotsLongPollingApplication(ObjectMapper::new,
                () -> new OkHttpClient.Builder().readTimeout(Duration.ofSeconds(30)).build(), () -> executor);
        app.registerBot(token, () -> url,
                last -> GetUpdates.builder().offset(last + 1).limit(100).timeout(10).build(),
                (List<Update> updates) -> {
                    for (Update update : updates) {
                        if (update.hasMessage() && update.getMessage().hasText()) {
                            try {
                                client.executeAsync(new SendMessage(update.getMessage().getChatId().toString(),
                                        update.getMessage().getText()));
                            } catch (Exception e) {
                                System.err.println("echo: " + e);
                            }
                        }
                    }
                });
        System.out.println("echo: polling " + url.getHost() + ":" + url.getPort());
        Thread.currentThread().join();
    }
}
