package org.lighthouse.channel.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.lighthouse.channel.inbox.Inbox;
import org.lighthouse.channel.polling.Loop;
import org.lighthouse.lease.Lease;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

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
    /** For the questions asked at start. */
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(15);

    private final TelegramSettings settings;
    private final BotApi api;
    private final UpdateIntake intake;
    private final IntakeStatus status;
    private final Loop loop = new Loop("telegram-polling");
    /** Only the active instance polls: two pollers would take each other's batches, and get 409 Conflict. */
    private final Lease lease;

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
    /** Whether Telegram said, in this run, whether a webhook was set (see {@link #removeWebhookLeftSet}). */
    private boolean webhookChecked;

    TelegramPoller(TelegramSettings settings, BotApi api, UpdateIntake intake, IntakeStatus status, Lease lease) {
        this.lease = lease;
        this.settings = settings;
        this.api = api;
        this.intake = intake;
        this.status = status;
    }

    @Override
    public void start() {
        intake.start();
        loop.start(this::pollUntilStopped);
    }

    /** Ends the poll under way; a batch being stored is stored first (it is confirmed at the next start). */
    @Override
    public void stop() {
        loop.stop(api::cancelAll);
    }

    @Override
    public boolean isRunning() {
        return loop.running();
    }

    @Override
    public int getPhase() {
        return UpdateIntake.PHASE;
    }

    private void pollUntilStopped() {
        int failures = 0;
        while (loop.awaitTurn(lease::active)) {
            if (!webhookChecked) {
                webhookChecked = removeWebhookLeftSet();
            }
            ApiAnswer answer = api.call("getUpdates", request(), settings.pollTimeout().plus(SLACK));
            if (!loop.running()) {
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
                status.polled();
                if (failures > 0) {
                    log.info("Telegram: polling again after {} failed polls", failures);
                }
                failures = 0;
                lastReported = null;
                continue;
            }
            offset = null;
            failures++;
            status.failed(failure);
            report(answer, failure, failures);
            loop.pause(backOff(answer, failures));
        }
    }

    /** Asks for no more updates than the inbox has room for; the rest wait at Telegram, unconfirmed. */
    private ObjectNode request() {
        ObjectNode fields = api.fields().put("limit", Math.min(MAX_BATCH, intake.room()))
                .put("timeout", settings.pollTimeout().toSeconds());
        UpdateIntake.ALLOWED_UPDATES.forEach(fields.putArray("allowed_updates")::add);
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
        Long highest = null;
        for (JsonNode update : updates) {
            JsonNode id = update.path("update_id");
            if (id.isIntegralNumber() && (highest == null || id.asLong() > highest)) {
                highest = id.asLong();
            }
        }
        if (highest == null) {
            return "unreadable answer (updates without update_id)";
        }
        try {
            intake.take(updates, null);
        } catch (RuntimeException e) {
            log.error("Telegram: could not store {} updates; not confirming them, they come again", updates.size(), e);
            return "storing updates failed (" + e.getClass().getSimpleName() + ")";
        }
        offset = highest + 1;
        return null;
    }

    /**
     * A webhook left set (by a run in webhook mode, or by hand) makes every getUpdates fail with 409: it is removed,
     * keeping the updates that wait (polling takes them next). Done once Telegram answered, at start: a webhook set
     * later, by another instance in webhook mode, is not fought over (polls then fail with 409, and say so).
     *
     * @return whether Telegram answered, so that the question is not asked again
     */
    private boolean removeWebhookLeftSet() {
        ApiAnswer info = api.call("getWebhookInfo", api.fields(), CALL_TIMEOUT);
        if (!(info instanceof ApiAnswer.Result result)) {
            // asked again after a failure that passes; a Bot API that refuses the question for good is not asked
            // before every poll
            return info instanceof ApiAnswer.Refused refused && refused.code() < 500 && refused.code() != 429;
        }
        String url = result.value().path("url").asText("");
        if (url.isEmpty()) {
            return true;
        }
        ApiAnswer removed = api.call("deleteWebhook", api.fields().put("drop_pending_updates", false), CALL_TIMEOUT);
        if (removed instanceof ApiAnswer.Result) {
            log.warn("Telegram: removed the webhook left set to {} so as to poll ({} updates waiting are kept). For"
                    + " webhook mode set TELEGRAM_WEBHOOK_URL and TELEGRAM_WEBHOOK_SECRET", TelegramStatus.shown(url),
                    result.value().path("pending_update_count").asLong(0));
        } else {
            log.error("Telegram: a webhook is set to {} and could not be removed ({}): polls fail until it is",
                    TelegramStatus.shown(url), removed.kind());
        }
        return true;
    }

    /** Telegram's retry_after when it gives one; otherwise doubling from half a second up to the configured cap. */
    private Duration backOff(ApiAnswer answer, int failures) {
        if (answer instanceof ApiAnswer.Refused refused && refused.retryAfter() != null) {
            return refused.retryAfter();
        }
        Duration doubled = FIRST_RETRY.multipliedBy(1L << Math.min(failures - 1, 20));
        return doubled.compareTo(settings.retryMax()) > 0 ? settings.retryMax() : doubled;
    }

    /** What went wrong: for getUpdates, a 409 has two causes. */
    private static String kind(ApiAnswer answer) {
        return answer instanceof ApiAnswer.Refused refused && refused.code() == 409
                ? "409: a webhook is set, or another process polls with this token" : answer.kind();
    }

    /** Logs the first failure, each change of failure, and a long one every so often. */
    private void report(ApiAnswer answer, String kind, int failures) {
        if (kind.equals(lastReported) && failures % REPORT_EVERY != 0) {
            return;
        }
        lastReported = kind;
        String said = answer instanceof ApiAnswer.Refused refused ? " (\"" + refused.description() + "\")" : "";
        if (answer instanceof ApiAnswer.Refused refused && refused.code() == 409) {
            log.error("Telegram: getUpdates answers 409 Conflict{}: another instance set a webhook for this bot, or"
                    + " polls with the same token, and no message reaches this one. Run them all in webhook mode"
                    + " (TELEGRAM_WEBHOOK_URL and TELEGRAM_WEBHOOK_SECRET), or only one by polling; polling goes on"
                    + " ({} failed polls)", said, failures);
        } else if (answer instanceof ApiAnswer.Refused refused && (refused.code() == 401 || refused.code() == 404)) {
            log.error("Telegram: getUpdates answers {}{}: check TELEGRAM_BOT_TOKEN and TELEGRAM_API_URL; polling goes"
                    + " on ({} failed polls)", kind, said, failures);
        } else {
            log.warn("Telegram: getUpdates failed: {}{}; trying again ({} failed polls)", kind, said, failures);
        }
    }
}
