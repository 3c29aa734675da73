package org.lighthouse.channel.telegram;

import java.util.Optional;
import org.lighthouse.channel.BotLinks;

/** {@code https://t.me/<bot username>?start=<payload>}, once {@code getMe} told the bot its username. */
class TelegramLinks implements BotLinks {

    private final BotIdentity identity;

    TelegramLinks(BotIdentity identity) {
        this.identity = identity;
    }

    @Override
    public Optional<String> startLink(String payload) {
        if (!START_PAYLOAD.matcher(payload).matches()) {
            throw new IllegalArgumentException("not a start payload Telegram accepts: " + payload);
        }
        return identity.username().map(name -> "https://t.me/" + name + "?start=" + payload);
    }
}
