package org.lighthouse.channel.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.lighthouse.channel.Inbound;
import org.lighthouse.channel.inbox.Inbox;
import org.lighthouse.shared.ConfigurationProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * What Telegram's two ways in (long polling, webhook) share: the start (the bot's name, its command list) and taking
 * updates into the {@link Inbox}, each read on its own by the {@link UpdateReader}.
 */
class UpdateIntake {

    /**
     * The kinds of update the bot reads ({@link UpdateMapper}), asked for by getUpdates and setWebhook alike: Telegram
     * keeps the last list it was given, so both ways in must give the same.
     */
    static final List<String> ALLOWED_UPDATES = List.of("message", "edited_message", "callback_query",
            "my_chat_member");
    /** The lifecycle phase of either way in: it starts after the inbox and outbox, and stops before them. */
    static final int PHASE = Inbox.PHASE + 100;
    private static final Logger log = LoggerFactory.getLogger(UpdateIntake.class);

    private final TelegramClient client;
    private final Inbox inbox;
    private final BotIdentity identity;
    private final UpdateReader reader;
    private final UnreadUpdates unread;
    private final BotCommands commands;
    private final IntakeStatus status;

    UpdateIntake(TelegramClient client, Inbox inbox, BotIdentity identity, UpdateReader reader, UnreadUpdates unread,
            BotCommands commands, IntakeStatus status) {
        this.client = client;
        this.inbox = inbox;
        this.identity = identity;
        this.reader = reader;
        this.unread = unread;
        this.commands = commands;
        this.status = status;
    }

    /**
     * Learns the bot's name and publishes its commands; the time intake may take to work counts from now.
     *
     * @throws ConfigurationProblem when Telegram refuses the token
     */
    void start() {
        learnIdentity();
        status.started();
        commands.publish();
    }

    /** How many updates the inbox has room for now (waits while it is full). */
    int room() {
        return inbox.room();
    }

    /**
     * Stores updates in the inbox, keeps those the parser refused in {@code telegram_unread}, and answers button
     * presses. Returns once they are stored: the caller may then confirm them to Telegram.
     *
     * @param patience how long to try while the database refuses; null: until it takes them
     * @throws RuntimeException when they could not be stored: they must not be confirmed, Telegram sends them again
     */
    void take(Iterable<JsonNode> updates, @Nullable Duration patience) {
        List<Inbound> events = new ArrayList<>();
        List<String> presses = new ArrayList<>();
        List<UnreadUpdate> unreadable = new ArrayList<>();
        for (JsonNode update : updates) {
            UpdateReader.Read read = reader.read(update);
            if (read.event() != null) {
                events.add(read.event());
            }
            if (read.buttonPress() != null) {
                presses.add(read.buttonPress());
            }
            if (read.unread() != null) {
                unreadable.add(read.unread());
            }
        }
        inbox.accept(events, patience);
        unread.keep(unreadable);
        presses.forEach(this::acknowledgeButton);
    }

    private void acknowledgeButton(String pressId) {
        try {
            client.executeAsync(new AnswerCallbackQuery(pressId)).exceptionally(error -> false);
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
            log.warn("Telegram: could not ask for the bot's name yet ({}); going on", e.toString());
        } catch (TelegramApiException e) {
            log.warn("Telegram: could not ask for the bot's name yet ({}); going on", e.toString());
        }
    }
}
