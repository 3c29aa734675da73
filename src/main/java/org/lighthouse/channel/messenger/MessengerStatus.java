package org.lighthouse.channel.messenger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Says at start-up whether Messenger is on. Always present, so that its settings are read at every start and one or
 * two of the three secrets stop it with one line.
 */
@Component
class MessengerStatus {

    private static final Logger log = LoggerFactory.getLogger(MessengerStatus.class);

    private final MessengerSettings settings;

    MessengerStatus(MessengerSettings settings) {
        this.settings = settings;
    }

    @EventListener(ApplicationReadyEvent.class)
    void report() {
        if (settings.enabled()) {
            log.info("Messenger: on, webhook at /webhooks/messenger, sending to {}", settings.sendApi());
        } else {
            log.info("Messenger: off, because MESSENGER_PAGE_TOKEN, MESSENGER_APP_SECRET and MESSENGER_VERIFY_TOKEN"
                    + " are not set");
        }
    }
}
