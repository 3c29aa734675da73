package org.lighthouse.channel.zalo;

import java.util.Optional;
import org.lighthouse.channel.ChannelStatus;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Zalo's part of the start-up line: how it receives, or why it is off. */
@Component
@Order(20)
class ZaloStatus implements ChannelStatus {

    private final ZaloSettings settings;

    ZaloStatus(ZaloSettings settings) {
        this.settings = settings;
    }

    @Override
    public String channel() {
        return "Zalo";
    }

    @Override
    public Optional<String> mode() {
        if (!settings.enabled()) {
            return Optional.empty();
        }
        return Optional.of(settings.webhook() ? "webhook at " + ZaloWebhook.PATH : "long polling");
    }

    @Override
    public String whyOff() {
        return "ZALO_BOT_TOKEN is not set";
    }
}
