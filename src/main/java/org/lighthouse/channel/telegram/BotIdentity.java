package org.lighthouse.channel.telegram;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/** The bot's own Telegram username, learnt from {@code getMe} once Telegram answers. */
class BotIdentity {

    private final AtomicReference<String> username = new AtomicReference<>();

    Optional<String> username() {
        return Optional.ofNullable(username.get());
    }

    void learn(String name) {
        username.set(name);
    }
}
