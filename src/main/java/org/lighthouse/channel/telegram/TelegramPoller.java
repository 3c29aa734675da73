package org.lighthouse.channel.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.lighthouse.channel.Inbound;
import org.lighthouse.channel.inbox.Inbox;
import org.lighthouse.shared.ConfigurationProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Receives updates by long polling and hands them to the {@link Inbox}. Lighthouse's own loop, not TelegramBots': that
 * one parses a whole batch at once, so that one update its parser refuses stops all intake, and advances its offset
 * before the batch is stored. Here each update is read on its own ({@link UpdateReader}), and a batch is confirmed to
 * Telegram only after the inbox stored it.
 */
class TelegramPoller implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(TelegramPoller.class);
    /** Telegram's largest getUpdates batch. */
    private static final int MAX_BATCH = 100;
    /** How long a poll may take beyond its own timeout before it counts as failed. */
    private static final Duration SLACK = Duration.ofSeconds(15);
    private static final Duration FIRST_RETRY = Duration.ofMillis(500);
    /** A failure that goes on is logged again every so many polls. */
    private static final int REPORT_EVERY = 20;

    private final TelegramSettings settings;
    private final TelegramClient client;
    private final BotApi api;
    private final Inbox inbox;
    private final BotIdentity identity;
    private final UpdateReader reader;
    private final UnreadUpdates unread;
    private final BotCommands commands;
    private final IntakeStatus intake;
    private final Object wake = new Object();
    private volatile boolean running;
    private @Nullable Thread thread;

    /*
     * The offset. Telegram: "An update is considered confirmed as soon as getUpdates is called with an offset higher
     * than its update_id", and without an offset "updates starting with the earliest unconfirmed update are returned".
     * Ids grow one by one, but after a week without updates the next one is chosen at random: it may be lower than any
     * id seen before. Hence:
     * - a poll carries an offset only right after a batch was stored: the batch's highest id + 1, which confirms it. No
     *   unseen update below it can exist then, since ids restart only after a quiet week and this batch just came;
     * - every other poll (after an empty answer, after a failure, at start) carries none, and gets the earliest
     *   unconfirmed updates whatever their ids. Keeping the last offset would never return an id restarted below it,
     *   and would confirm it unseen.
     * An update that comes again (stored, but not confirmed before a failure or a stop) is dropped by the inbox, which
     * remembers keys for longer than Telegram keeps updates. Only the polling thread uses this field.
     */
    private @Nullable Long offset;
    private @Nullable String lastReported;

    TelegramPoller(TelegramSettings settings, TelegramClient client, BotApi api, Inbox inbox, BotIdentity identity,
            UpdateReader reader, UnreadUpdates unread, BotCommands commands, IntakeStatus intake) {
        this.settings = settings;
        this.client = client;
        this.api = api;
        this.inbox = inbox;
        this.identity = identity;
        this.reader = reader;
        this.unread = unread;
        this.commands = commands;
        this.intake = intake;
    }

    @Override
    public void start() {
        learnIdentity();
        intake.started();
        running = true;
        Thread polling = new Thread(this::pollUntilStopped, "telegram-polling");
        polling.setDaemon(true);
        polling.start();
        thread = polling;
        commands.publish();
    }

    /** Ends the poll under way; a batch being stored is stored first (it is confirmed at the next start). */
    @Override
    public void stop() {
        running = false;
        synchronized (wake) {
            wake.notifyAll();
        }
        api.cancelAll();
        Thread polling = thread;
        if (polling != null) {
            try {
                polling.join(TimeUnit.SECONDS.toMillis(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
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

    private void pollUntilStopped() {
        int failures = 0;
        while (running) {
            ApiAnswer answer = api.call("getUpdates", request(), settings.pollTimeout().plus(SLACK));
            if (!running) {
                return;
            }
            String failure;
            try {
                failure = answer instanceof ApiAnswer.Result result ? take(result.value()) : kind(answer);
            } catch (RuntimeException e) {
                log.error("Telegram: taking updates failed", e);
                failure = "unexpected (" + e.getClass().getSimpleName() + ")";
            }
            if (failure == null) {
                intake.polled();
                if (failures > 0) {
                    log.info("Telegram: polling again after {} failed polls", failures);
                }
                failures = 0;
                lastReported = null;
                continue;
            }
            offset = null;
            failures++;
            intake.failed(failure);
            report(answer, failure, failures);
            pause(backOff(answer, failures));
        }
    }

    /** Asks for no more updates than the inbox has room for; the rest wait at Telegram, unconfirmed. */
    private ObjectNode request() {
        ObjectNode fields = api.fields().put("limit", Math.min(MAX_BATCH, inbox.room()))
                .put("timeout", settings.pollTimeout().toSeconds());
        return offset == null ? fields : fields.put("offset", offset);
    }

    /** Stores a batch and sets the offset that will confirm it; returns what went wrong, or null. */
    private @Nullable String take(JsonNode updates) {
        if (!updates.isArray()) {
            return "unreadable answer (no list of updates)";
        }
        if (updates.isEmpty()) {
            offset = null;
            return null;
        }
        List<Inbound> events = new ArrayList<>(updates.size());
        List<String> presses = new ArrayList<>();
        List<UnreadUpdate> unreadable = new ArrayList<>();
        Long highest = null;
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
            JsonNode id = update.path("update_id");
            if (id.isIntegralNumber() && (highest == null || id.asLong() > highest)) {
                highest = id.asLong();
            }
        }
        if (highest == null) {
            return "unreadable answer (updates without update_id)";
        }
        try {
            inbox.accept(events);
        } catch (RuntimeException e) {
            log.error("Telegram: could not store {} updates; not confirming them, they come again", updates.size(), e);
            return "storing updates failed (" + e.getClass().getSimpleName() + ")";
        }
        unread.keep(unreadable);
        presses.forEach(this::acknowledgeButton);
        offset = highest + 1;
        return null;
    }

    /** Telegram's retry_after when it gives one; otherwise doubling from half a second up to the configured cap. */
    private Duration backOff(ApiAnswer answer, int failures) {
        if (answer instanceof ApiAnswer.Refused refused && refused.retryAfter() != null) {
            return refused.retryAfter();
        }
        Duration doubled = FIRST_RETRY.multipliedBy(1L << Math.min(failures - 1, 20));
        return doubled.compareTo(settings.retryMax()) > 0 ? settings.retryMax() : doubled;
    }

    /** What went wrong, in words for health and logs: never the token or the URL. */
    private static String kind(ApiAnswer answer) {
        if (answer instanceof ApiAnswer.Refused refused) {
            return switch (refused.code()) {
                case 401 -> "401: the token was refused";
                case 404 -> "404: no Bot API for this token at this URL";
                case 409 -> "409: a webhook is set, or another process polls with this token";
                case 429 -> "429: too many requests";
                default -> refused.code() + (refused.code() >= 500 ? ": Telegram's server failed" : ": refused");
            };
        }
        return answer instanceof ApiAnswer.Failed failed ? failed.kind() : "unreadable answer";
    }

    /** Logs the first failure, each change of failure, and a long one every so often. */
    private void report(ApiAnswer answer, String kind, int failures) {
        if (kind.equals(lastReported) && failures % REPORT_EVERY != 0) {
            return;
        }
        lastReported = kind;
        String said = answer instanceof ApiAnswer.Refused refused ? " (\"" + refused.description() + "\")" : "";
        if (answer instanceof ApiAnswer.Refused refused && refused.code() == 409) {
            log.error("Telegram: getUpdates answers 409 Conflict{}: a webhook is set for this bot, or another"
                    + " instance polls with the same token, and no message reaches Lighthouse. Delete the webhook"
                    + " (deleteWebhook) or stop the other instance; polling goes on ({} failed polls)", said, failures);
        } else if (answer instanceof ApiAnswer.Refused refused && (refused.code() == 401 || refused.code() == 404)) {
            log.error("Telegram: getUpdates answers {}{}: check TELEGRAM_BOT_TOKEN and TELEGRAM_API_URL; polling goes"
                    + " on ({} failed polls)", kind, said, failures);
        } else {
            log.warn("Telegram: getUpdates failed: {}{}; trying again ({} failed polls)", kind, said, failures);
        }
    }

    private void pause(Duration wait) {
        long until = System.nanoTime() + wait.toNanos();
        synchronized (wake) {
            for (long left = wait.toNanos(); running && left > 0; left = until - System.nanoTime()) {
                try {
                    TimeUnit.NANOSECONDS.timedWait(wake, left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
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
            log.warn("Telegram: could not ask for the bot's name yet ({}); polling anyway", e.toString());
        } catch (TelegramApiException e) {
            log.warn("Telegram: could not ask for the bot's name yet ({}); polling anyway", e.toString());
        }
    }
}
