package org.lighthouse.channel.messenger;

import java.util.Optional;
import org.lighthouse.channel.ChannelStatus;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Messenger's part of the start-up line. Always present, so that its settings are read at every start and one or two
 * of the three secrets stop it with one line.
 */
@Component
@Order(30)
class MessengerStatus implements ChannelStatus {

    private final MessengerSettings settings;

    MessengerStatus(MessengerSettings settings) {
        this.settings = settings;
    }

    @Override
    public String channel() {
        return "Messenger";
    }

    @Override
    public Optional<String> mode() {
        return settings.enabled() ? Optional.of("webhook at /webhooks/messenger, sending to " + settings.sendApi())
                : Optional.empty();
    }

    @Override
    public String whyOff() {
        return "MESSENGER_PAGE_TOKEN, MESSENGER_APP_SECRET and MESSENGER_VERIFY_TOKEN are not set";
    }
}
