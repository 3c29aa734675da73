package org.lighthouse.channel.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.lighthouse.shared.ConfigurationProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;

/**
 * Webhook mode: Telegram delivers each update to {@code TELEGRAM_WEBHOOK_URL}, which reaches
 * {@link TelegramWebhookController}, instead of being polled. Once the web server listens the webhook is set, with the
 * secret, the updates the bot reads and the pending ones kept; then Telegram is asked every
 * {@code lighthouse.telegram.webhook-check-every} how its deliveries go, for health. A webhook removed meanwhile (by
 * hand, or by an instance that polls) is set again; one pointed elsewhere (another deployment with the same token) is
 * reported, not fought over. Stopping leaves the webhook set: Telegram keeps the updates until an instance answers.
 */
class TelegramWebhook implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(TelegramWebhook.class);
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(15);
    private static final Duration FIRST_RETRY = Duration.ofMillis(500);
    /**
     * How long a delivery waits while the database refuses before it is answered 500: well within the time Telegram
     * waits for an answer, so that it delivers the update again rather than give up on a connection.
     */
    private static final Duration STORE_PATIENCE = Duration.ofSeconds(10);
    /** Shorter secrets are accepted by Telegram, and guessed sooner. */
    private static final int GOOD_SECRET = 32;

    private final TelegramSettings settings;
    private final BotApi api;
    private final UpdateIntake intake;
    private final IntakeStatus status;
    private final byte[] secretHash;
    private volatile boolean running;
    private @Nullable ScheduledExecutorService checks;
    /* Only the checking thread (and the start, before it exists) uses these. */
    private int failures;
    private boolean registered;
    /** The URL as Telegram keeps it, from its first answer after the webhook was set. */
    private @Nullable String ourUrl;
    private @Nullable Instant errorReported;

    TelegramWebhook(TelegramSettings settings, BotApi api, UpdateIntake intake, IntakeStatus status) {
        this.settings = settings;
        this.api = api;
        this.intake = intake;
        this.status = status;
        this.secretHash = hash(Objects.requireNonNull(settings.webhookSecret()));
    }

    @Override
    public void start() {
        intake.start();
        if (Objects.requireNonNull(settings.webhookSecret()).length() < GOOD_SECRET) {
            log.warn("Telegram: TELEGRAM_WEBHOOK_SECRET has fewer than {} characters; whoever guesses it can post"
                    + " updates as anyone. Make a longer one with 'openssl rand -hex 32'", GOOD_SECRET);
        }
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "telegram-webhook");
            thread.setDaemon(true);
            return thread;
        });
        checks = scheduler;
        running = true;
    }

    /**
     * Sets the webhook once the web server listens, so that Telegram's first delivery finds it.
     *
     * @throws ConfigurationProblem when Telegram refuses the webhook: the URL or its port, say
     */
    @EventListener(ApplicationReadyEvent.class)
    void setAtStart() {
        schedule(register());
    }

    /**
     * Stops asking Telegram. Deliveries under way were stored first: the web server stops before this, gracefully, and
     * the inbox after.
     */
    @Override
    public void stop() {
        running = false;
        ScheduledExecutorService scheduler = checks;
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return UpdateIntake.PHASE;
    }

    /** Whether a delivery carries the secret: compared in constant time, whatever its length. */
    boolean admits(@Nullable String secret) {
        return secret != null && MessageDigest.isEqual(secretHash, hash(secret));
    }

    /**
     * Stores one delivered update as the poller stores a batch.
     *
     * @throws RuntimeException when it could not be stored: the delivery must fail, so that Telegram sends it again
     */
    void take(JsonNode update) {
        intake.take(List.of(update), STORE_PATIENCE);
        status.delivered();
    }

    private void schedule(Duration after) {
        ScheduledExecutorService scheduler = checks;
        if (running && scheduler != null) {
            scheduler.schedule(this::checkAndReschedule, after.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void checkAndReschedule() {
        Duration next;
        try {
            next = registered ? check() : register();
        } catch (RuntimeException e) {
            log.error("Telegram: {}", e.getMessage());
            status.failed(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            next = backOff();
        }
        schedule(next);
    }

    /** Sets the webhook; returns when to look again. */
    private Duration register() {
        ApiAnswer answer = api.call("setWebhook", request(), CALL_TIMEOUT);
        if (answer instanceof ApiAnswer.Refused refused && refused.code() != 429 && refused.code() < 500) {
            throw new ConfigurationProblem("Telegram refused the webhook (" + refused.code() + " "
                    + refused.description() + "): check TELEGRAM_WEBHOOK_URL (https://<public host>/webhooks/telegram,"
                    + " on port 443, 80, 88 or 8443) and TELEGRAM_WEBHOOK_SECRET, or unset both to poll instead");
        }
        if (!(answer instanceof ApiAnswer.Result)) {
            status.failed("setWebhook: " + answer.kind());
            log.warn("Telegram: could not set the webhook ({}); trying again", answer.kind());
            return backOff();
        }
        failures = 0;
        registered = true;
        ourUrl = null;
        status.webhookSet();
        log.info("Telegram: webhook set to {}", TelegramStatus.shown(settings.webhook()));
        return check();
    }

    /**
     * Asks Telegram how its deliveries go; returns when to look again. The first answer after setting the webhook
     * names the URL as Telegram keeps it.
     */
    private Duration check() {
        ApiAnswer answer = api.call("getWebhookInfo", api.fields(), CALL_TIMEOUT);
        if (!(answer instanceof ApiAnswer.Result result)) {
            status.failed("getWebhookInfo: " + answer.kind());
            log.warn("Telegram: could not ask how the webhook's deliveries go ({}); asking again in {}", answer.kind(),
                    settings.webhookCheckEvery());
            return settings.webhookCheckEvery();
        }
        JsonNode info = result.value();
        String url = info.path("url").asText("");
        if (url.isEmpty()) {
            log.warn("Telegram: the webhook was removed (by deleteWebhook, or an instance that polls with this"
                    + " token); setting it again");
            status.webhookLost();
            registered = false;
            return register();
        }
        if (ourUrl == null) {
            ourUrl = url;
        }
        boolean ours = url.equals(ourUrl);
        if (!ours && status.webhookSetAt().isPresent()) {
            log.error("Telegram: the webhook now points elsewhere ({}): another deployment set it with this token,"
                    + " and no update reaches this instance. Not setting it back, so that the two do not take turns:"
                    + " stop the other, or give it its own bot", TelegramStatus.shown(url));
            status.webhookLost();
        } else if (ours && status.webhookSetAt().isEmpty()) {
            log.info("Telegram: the webhook points to this instance again");
            status.webhookSet();
        }
        Instant errorAt = info.path("last_error_date").canConvertToLong()
                ? Instant.ofEpochSecond(info.get("last_error_date").asLong()) : null;
        String error = info.path("last_error_message").isTextual() ? info.get("last_error_message").asText() : null;
        status.webhookChecked(info.path("pending_update_count").asLong(0), errorAt, error);
        reportNewError(errorAt, error, info.path("pending_update_count").asLong(0));
        return settings.webhookCheckEvery();
    }

    /** Logs each failed delivery Telegram reports once, when it happened after this run set the webhook. */
    private void reportNewError(@Nullable Instant at, @Nullable String error, long pending) {
        Instant since = status.webhookSetAt().orElse(null);
        if (at != null && since != null && !at.isBefore(since.minusSeconds(1)) && !at.equals(errorReported)) {
            errorReported = at;
            log.warn("Telegram reports a failed delivery to the webhook: {} ({} updates waiting)", error, pending);
        }
    }

    private ObjectNode request() {
        ObjectNode fields = api.fields().put("url", settings.webhook().toString())
                .put("secret_token", settings.webhookSecret())
                .put("max_connections", settings.webhookMaxConnections())
                .put("drop_pending_updates", false);
        UpdateIntake.ALLOWED_UPDATES.forEach(fields.putArray("allowed_updates")::add);
        return fields;
    }

    private Duration backOff() {
        failures++;
        Duration doubled = FIRST_RETRY.multipliedBy(1L << Math.min(failures - 1, 20));
        return doubled.compareTo(settings.retryMax()) > 0 ? settings.retryMax() : doubled;
    }

    private static byte[] hash(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
