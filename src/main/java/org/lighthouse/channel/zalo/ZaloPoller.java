package org.lighthouse.channel.zalo;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.lighthouse.channel.Inbound;
import org.lighthouse.channel.inbox.Inbox;
import org.lighthouse.channel.polling.Loop;
import org.lighthouse.lease.Lease;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Receives Zalo messages by long polling (getUpdates) and hands them to the {@link Inbox}. getUpdates does not work
 * while a webhook is set, so a webhook left from an earlier setup is deleted first. Zalo has no update counter and
 * nothing to confirm: a message is Lighthouse's once getUpdates returned it, so it is stored before the next poll
 * (the inbox retries until the database takes it), and the inbox drops a message delivered again by its id.
 */
class ZaloPoller implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ZaloPoller.class);
    /** How long a poll may take beyond its own timeout before it counts as failed. */
    private static final Duration SLACK = Duration.ofSeconds(15);
    private static final Duration QUESTION_TIMEOUT = Duration.ofSeconds(20);
    private static final Duration FIRST_RETRY = Duration.ofMillis(500);
    /** An empty poll answered sooner than this is followed by a pause as long. */
    private static final Duration QUICK_POLL = Duration.ofMillis(500);
    /** A failure that goes on is logged again every so many polls. */
    private static final int REPORT_EVERY = 20;

    private final ZaloSettings settings;
    private final ZaloApi api;
    private final ZaloUpdates updates;
    private final Inbox inbox;
    private final ZaloIntake intake;
    private final Loop loop = new Loop("zalo-polling");
    /** Only the active instance polls. */
    private final Lease lease;
    /** Whether getWebhookInfo said there is no webhook (or it was deleted); only the polling thread uses it after start. */
    private boolean noWebhook;
    private @Nullable String lastReported;

    ZaloPoller(ZaloSettings settings, ZaloApi api, ZaloUpdates updates, Inbox inbox, ZaloIntake intake, Lease lease) {
        this.lease = lease;
        this.settings = settings;
        this.api = api;
        this.updates = updates;
        this.inbox = inbox;
        this.intake = intake;
    }

    @Override
    public void start() {
        ZaloAnswer first = removeWebhook();
        if (first instanceof ZaloAnswer.Refused refused && refused.tokenRefused()) {
            throw ZaloConfiguration.tokenRefused(refused);
        }
        if (!noWebhook) {
            log.warn("Zalo: could not ask whether a webhook is set ({}); polling anyway, and asking again",
                    kind(first));
        }
        intake.started();
        loop.start(this::pollUntilStopped);
        log.info("Zalo: on, long polling {} (getUpdates, {} s a poll)", settings.apiUrl(),
                settings.pollTimeout().toSeconds());
    }

    @Override
    public void stop() {
        loop.stop(api::cancelAll);
    }

    @Override
    public boolean isRunning() {
        return loop.running();
    }

    /** Starts after the inbox and outbox, and stops before them. */
    @Override
    public int getPhase() {
        return Inbox.PHASE + 100;
    }

    /**
     * Asks whether a webhook is set and deletes it if so (getUpdates does not work while one is). Returns the answer
     * that went wrong, or the last one; sets {@link #noWebhook} once none is left.
     */
    private ZaloAnswer removeWebhook() {
        ZaloAnswer info = api.call("getWebhookInfo", api.fields(), QUESTION_TIMEOUT);
        boolean unknownMethod = info instanceof ZaloAnswer.Refused refused && refused.code() == 404;
        if (!(info instanceof ZaloAnswer.Result) && !unknownMethod) {
            return info;
        }
        if (info instanceof ZaloAnswer.Result result && result.value().path("url").asText("").isBlank()) {
            noWebhook = true;
            return info;
        }
        // a webhook is set; or 404, which a wrong token gets, and an API without getWebhookInfo too: deleting tells
        ZaloAnswer deleted = api.call("deleteWebhook", api.fields(), QUESTION_TIMEOUT);
        if (deleted instanceof ZaloAnswer.Result) {
            if (!unknownMethod) {
                log.warn("Zalo: a webhook was set for this bot; deleted it to receive by long polling, as configured"
                        + " (set ZALO_WEBHOOK_URL and ZALO_WEBHOOK_SECRET to receive by webhook)");
            }
            noWebhook = true;
        }
        return deleted;
    }

    private void pollUntilStopped() {
        int failures = 0;
        while (loop.awaitTurn(lease::active)) {
            boolean checking = !noWebhook;
            long polled = System.nanoTime();
            ZaloAnswer answer = checking ? removeWebhook() : poll();
            if (!loop.running()) {
                return;
            }
            String failure;
            try {
                failure = checking ? (noWebhook ? null : kind(answer)) : take(answer);
            } catch (RuntimeException e) {
                log.error("Zalo: taking messages failed", e);
                failure = "unexpected (" + e.getClass().getSimpleName() + ")";
            }
            if (failure == null) {
                if (!checking) {
                    intake.succeeded();
                    quietPause(answer, Duration.ofNanos(System.nanoTime() - polled));
                }
                if (failures > 0) {
                    log.info("Zalo: polling again after {} failed polls", failures);
                }
                failures = 0;
                lastReported = null;
                continue;
            }
            failures++;
            intake.failed(failure);
            report(answer, failure, failures, checking);
            loop.pause(backOff(answer, failures));
        }
    }

    private ZaloAnswer poll() {
        return api.call("getUpdates", api.fields().put("timeout", settings.pollTimeout().toSeconds()),
                settings.pollTimeout().plus(SLACK));
    }

    /** Stores what a poll brought; returns what went wrong, or null. A poll that timed out brought nothing. */
    private @Nullable String take(ZaloAnswer answer) {
        if (answer instanceof ZaloAnswer.Refused refused && refused.quietPoll()) {
            return null;
        }
        if (!(answer instanceof ZaloAnswer.Result result)) {
            return kind(answer);
        }
        List<Inbound> events = new ArrayList<>();
        for (JsonNode update : ZaloUpdates.in(result.value())) {
            updates.read(update).ifPresent(events::add);
        }
        inbox.accept(events);
        return null;
    }

    /**
     * A poll that brought nothing and came back at once, rather than after waiting for a message, is not repeated at
     * once: an API that does not hold polls open would otherwise be asked without pause.
     */
    private void quietPause(ZaloAnswer answer, Duration took) {
        boolean empty = !(answer instanceof ZaloAnswer.Result result) || ZaloUpdates.in(result.value()).isEmpty();
        if (empty && took.compareTo(QUICK_POLL) < 0) {
            loop.pause(QUICK_POLL);
        }
    }

    /** Zalo's retry_after, or the "too many" wait; otherwise doubling from half a second up to the configured cap. */
    private Duration backOff(ZaloAnswer answer, int failures) {
        if (answer instanceof ZaloAnswer.Refused refused && refused.tooMany()) {
            return refused.retryAfter() != null ? refused.retryAfter() : settings.tooManyWait();
        }
        Duration doubled = FIRST_RETRY.multipliedBy(1L << Math.min(failures - 1, 20));
        return doubled.compareTo(settings.retryMax()) > 0 ? settings.retryMax() : doubled;
    }

    /** What went wrong, in words for health and logs: never the token or the URL. */
    static String kind(ZaloAnswer answer) {
        if (answer instanceof ZaloAnswer.Refused refused) {
            if (refused.tooMany()) {
                return refused.code() + ": too many requests";
            }
            if (refused.tokenRefused()) {
                return refused.code() + ": the token was refused";
            }
            return refused.code() + (refused.code() >= 500 ? ": Zalo's server failed" : ": refused");
        }
        return answer instanceof ZaloAnswer.Failed failed ? failed.kind() : "no failure";
    }

    /** Logs the first failure, each change of failure, and a long one every so often. */
    private void report(ZaloAnswer answer, String kind, int failures, boolean checking) {
        if (kind.equals(lastReported) && failures % REPORT_EVERY != 0) {
            return;
        }
        lastReported = kind;
        String said = answer instanceof ZaloAnswer.Refused refused ? " (\"" + refused.description() + "\")" : "";
        if (answer instanceof ZaloAnswer.Refused refused && refused.tokenRefused()) {
            log.error("Zalo: {} answers {}{}: check ZALO_BOT_TOKEN and ZALO_API_URL; polling goes on ({} failed polls)",
                    checking ? "the webhook check" : "getUpdates", kind, said, failures);
        } else if (answer instanceof ZaloAnswer.Refused && !checking) {
            log.error("Zalo: getUpdates answers {}{}: if a webhook was set for this bot since Lighthouse started"
                    + " (another instance with ZALO_WEBHOOK_URL?), no message reaches this one; polling goes on ({}"
                    + " failed polls)", kind, said, failures);
        } else {
            log.warn("Zalo: {} failed: {}{}; trying again ({} failed polls)",
                    checking ? "the webhook check" : "getUpdates", kind, said, failures);
        }
    }
}
