package org.lighthouse.channel.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.lighthouse.channel.Inbound;
import org.lighthouse.channel.inbox.Inbox;
import org.lighthouse.shared.ConfigurationProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Receives updates by long polling with TelegramBots, and hands them to the {@link Inbox}. An update is confirmed to
 * Telegram (by the next poll) only after the inbox stored it, so a crash never loses one.
 */
class TelegramPoller implements SmartLifecycle, LongPollingUpdateConsumer {

    private static final Logger log = LoggerFactory.getLogger(TelegramPoller.class);
    /** Telegram's largest getUpdates batch. */
    private static final int MAX_BATCH = 100;

    private final TelegramSettings settings;
    private final TelegramClient client;
    private final Inbox inbox;
    private final BotIdentity identity;
    private final UpdateMapper mapper;
    private final BotCommands commands;
    private TelegramBotsLongPollingApplication polling;
    private volatile boolean running;

    TelegramPoller(TelegramSettings settings, TelegramClient client, Inbox inbox, BotIdentity identity,
            BotCommands commands) {
        this.settings = settings;
        this.client = client;
        this.inbox = inbox;
        this.identity = identity;
        this.mapper = new UpdateMapper(identity);
        this.commands = commands;
    }

    @Override
    public void consume(List<Update> updates) {
        if (!running) {
            return;
        }
        List<Inbound> events = new ArrayList<>(updates.size());
        for (Update update : updates) {
            map(update).ifPresent(events::add);
            acknowledgeButton(update);
        }
        inbox.accept(events);
    }

    @Override
    public void start() {
        learnIdentity();
        running = true;
        try {
            ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(task -> {
                Thread thread = new Thread(task, "telegram-polling");
                thread.setDaemon(true);
                return thread;
            });
            polling = new TelegramBotsLongPollingApplication(ObjectMapper::new,
                    () -> TelegramPlatform.pollingHttp(settings), () -> executor);
            polling.registerBot(settings.token(), () -> TelegramPlatform.url(settings), this::getUpdates, this);
        } catch (TelegramApiException e) {
            throw new ConfigurationProblem("cannot start polling Telegram at " + settings.apiUrl() + " ("
                    + e.getMessage() + "): check TELEGRAM_API_URL and TELEGRAM_BOT_TOKEN", e);
        }
        log.info("Telegram: on, long polling {} as @{}", settings.apiUrl(), identity.username().orElse("(not known yet)"));
        commands.publish();
    }

    @Override
    public void stop() {
        running = false;
        if (polling != null) {
            try {
                polling.close();
            } catch (Exception e) {
                log.warn("Stopping Telegram polling: {}", e.toString());
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Starts after the inbox and outbox, and stops before them. */
    @Override
    public int getPhase() {
        return Inbox.PHASE + 100;
    }

    /** Asks for no more updates than the inbox has room for; the rest wait at Telegram, unconfirmed. */
    private GetUpdates getUpdates(Integer lastReceived) {
        return GetUpdates.builder().offset(lastReceived + 1).limit(Math.min(MAX_BATCH, inbox.room()))
                .timeout((int) settings.pollTimeout().toSeconds()).build();
    }

    private Optional<Inbound> map(Update update) {
        try {
            return mapper.map(update);
        } catch (RuntimeException e) {
            log.warn("Ignoring update {} that could not be read: {}", update.getUpdateId(), e.toString());
            return Optional.empty();
        }
    }

    private void acknowledgeButton(Update update) {
        if (!update.hasCallbackQuery()) {
            return;
        }
        try {
            client.executeAsync(new AnswerCallbackQuery(update.getCallbackQuery().getId()))
                    .exceptionally(error -> false);
        } catch (TelegramApiException | RuntimeException e) {
            log.debug("Could not answer a button press: {}", e.toString());
        }
    }

    private void learnIdentity() {
        try {
            identity.learn(client.execute(new GetMe()).getUserName());
        } catch (TelegramApiRequestException e) {
            Integer code = e.getErrorCode();
            if (code != null && (code == 401 || code == 404)) {
                throw new ConfigurationProblem("Telegram refused TELEGRAM_BOT_TOKEN (" + code + " " + e.getApiResponse()
                        + "): copy the token again from BotFather, or unset it to run without Telegram", e);
            }
            log.warn("Telegram: could not ask for the bot's name yet ({}); polling anyway", e.toString());
        } catch (TelegramApiException e) {
            log.warn("Telegram: could not ask for the bot's name yet ({}); polling anyway", e.toString());
        }
    }
}
