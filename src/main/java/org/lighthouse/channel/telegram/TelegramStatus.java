package org.lighthouse.channel.telegram;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import org.lighthouse.channel.ChannelStatus;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Telegram's part of the start-up line: long polling or webhook, where, and as which bot; or why it is off. */
@Component
@Order(10)
class TelegramStatus implements ChannelStatus {

    private final TelegramSettings settings;
    private final ObjectProvider<BotIdentity> identity;

    TelegramStatus(TelegramSettings settings, ObjectProvider<BotIdentity> identity) {
        this.settings = settings;
        this.identity = identity;
    }

    @Override
    public String channel() {
        return "Telegram";
    }

    @Override
    public Optional<String> mode() {
        if (!settings.enabled()) {
            return Optional.empty();
        }
        String as = Optional.ofNullable(identity.getIfAvailable()).flatMap(BotIdentity::username)
                .map(name -> ", as @" + name).orElse("");
        return Optional.of((settings.webhookMode() ? "webhook " + shown(settings.webhook())
                : "long polling " + shown(settings.apiUrl())) + as);
    }

    @Override
    public String whyOff() {
        return "TELEGRAM_BOT_TOKEN is not set";
    }

    /** A URL without what may be secret in it: user information and query. */
    static String shown(URI url) {
        if (url.getHost() == null) {
            return "(a URL)";
        }
        return url.getScheme() + "://" + url.getHost() + (url.getPort() < 0 ? "" : ":" + url.getPort())
                + (url.getRawPath() == null ? "" : url.getRawPath());
    }

    /** As {@link #shown(URI)}, for a URL Telegram gave. */
    static String shown(String url) {
        try {
            return shown(new URI(url));
        } catch (URISyntaxException e) {
            return "(a URL)";
        }
    }
}
