package org.lighthouse.channel.telegram;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Says plainly at start-up when Telegram is off, and why. */
@Component
class TelegramStatus {

    private static final Logger log = LoggerFactory.getLogger(TelegramStatus.class);

    private final TelegramSettings settings;

    TelegramStatus(TelegramSettings settings) {
        this.settings = settings;
    }

    @EventListener(ApplicationReadyEvent.class)
    void report() {
        if (!settings.enabled()) {
            log.info("Telegram: off, because TELEGRAM_BOT_TOKEN is not set");
        }
    }
}
