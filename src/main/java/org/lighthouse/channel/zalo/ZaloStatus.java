package org.lighthouse.channel.zalo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Says plainly at start-up when Zalo is off, and why (when on, its intake says how it receives). */
@Component
class ZaloStatus {

    private static final Logger log = LoggerFactory.getLogger(ZaloStatus.class);

    private final ZaloSettings settings;

    ZaloStatus(ZaloSettings settings) {
        this.settings = settings;
    }

    @EventListener(ApplicationReadyEvent.class)
    void report() {
        if (!settings.enabled()) {
            log.info("Zalo: off, because ZALO_BOT_TOKEN is not set");
        }
    }
}
