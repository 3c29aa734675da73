package org.lighthouse.channel.zalo;

import java.time.Duration;
import org.lighthouse.channel.polling.Loop;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * In webhook mode, tells Zalo where to deliver ({@code setWebhook} with {@code ZALO_WEBHOOK_URL} and the secret) once
 * the web server takes requests. A refused token or URL stops the start; a call that fails (network, Zalo's server) is
 * tried again in the background until Zalo takes it, and health says so meanwhile.
 */
class ZaloWebhookRegistration implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ZaloWebhookRegistration.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    private static final Duration FIRST_RETRY = Duration.ofSeconds(1);

    private final ZaloSettings settings;
    private final ZaloApi api;
    private final ZaloIntake intake;
    private final Loop loop = new Loop("zalo-webhook");

    ZaloWebhookRegistration(ZaloSettings settings, ZaloApi api, ZaloIntake intake) {
        this.settings = settings;
        this.api = api;
        this.intake = intake;
    }

    @Override
    public void start() {
        intake.started();
        if (!settings.webhookUrl().startsWith("https://")) {
            log.warn("Zalo: ZALO_WEBHOOK_URL is not an HTTPS address; Zalo delivers only to HTTPS");
        }
        ZaloAnswer answer = register();
        if (answer instanceof ZaloAnswer.Refused refused && refused.tokenRefused()) {
            throw ZaloConfiguration.tokenRefused(refused);
        }
        if (answer instanceof ZaloAnswer.Refused refused && refused.code() >= 400 && refused.code() < 500
                && !refused.tooMany() && !refused.quietPoll()) {
            throw new org.lighthouse.shared.ConfigurationProblem("Zalo refused the webhook (" + refused.code() + " "
                    + refused.description() + "): check ZALO_WEBHOOK_URL (a public HTTPS address that reaches "
                    + ZaloWebhook.PATH + ") and ZALO_WEBHOOK_SECRET, or unset both for long polling");
        }
        if (answer instanceof ZaloAnswer.Result) {
            loop.start(null);
            return;
        }
        log.warn("Zalo: could not set the webhook yet ({}); trying again in the background",
                ZaloPoller.kind(answer));
        loop.start(this::retryUntilSet);
    }

    @Override
    public void stop() {
        loop.stop(() -> { });
    }

    @Override
    public boolean isRunning() {
        return loop.running();
    }

    /** After the web server started: Zalo may deliver as soon as it took the webhook. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }

    private ZaloAnswer register() {
        ZaloAnswer answer = api.call("setWebhook", api.fields().put("url", settings.webhookUrl())
                .put("secret_token", settings.webhookSecret()), TIMEOUT);
        if (answer instanceof ZaloAnswer.Result) {
            intake.succeeded();
        } else {
            intake.failed("setWebhook: " + ZaloPoller.kind(answer));
        }
        return answer;
    }

    private void retryUntilSet() {
        Duration wait = FIRST_RETRY;
        while (loop.running()) {
            loop.pause(wait);
            if (!loop.running()) {
                return;
            }
            ZaloAnswer answer = register();
            if (answer instanceof ZaloAnswer.Result) {
                log.info("Zalo: on, by webhook: Zalo took the webhook; it delivers to {}", ZaloWebhook.PATH);
                return;
            }
            wait = answer instanceof ZaloAnswer.Refused refused && refused.retryAfter() != null ? refused.retryAfter()
                    : wait.multipliedBy(2).compareTo(settings.retryMax()) > 0 ? settings.retryMax() : wait.multipliedBy(2);
        }
    }
}
