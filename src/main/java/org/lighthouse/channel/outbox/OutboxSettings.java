package org.lighthouse.channel.outbox;

import java.time.Duration;
import java.util.List;
import org.lighthouse.shared.Retention;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Telegram's sending limits, and how long sent messages are kept.
 *
 * @param perSecond messages per second to Telegram overall (Telegram allows about 30)
 * @param chatInterval the least time between two messages to one private chat (Telegram allows about 1 a second)
 * @param groupInterval the least time between two messages to one group (Telegram allows about 20 a minute)
 * @param maxInFlight messages handed to a channel and not yet answered
 * @param keepSent how long a sent message is kept (so that a repeated update does not send it again), then deleted
 * @param lookEvery how often the active instance looks for messages a standby accepted (a responder's words typed in
 *     the console it serves)
 */
@ConfigurationProperties("lighthouse.outbox")
public record OutboxSettings(Double perSecond, Duration chatInterval, Duration groupInterval, Integer maxInFlight,
        Duration keepSent, Duration lookEvery) implements Retention {

    public OutboxSettings {
        perSecond = perSecond == null ? 30.0 : perSecond;
        chatInterval = chatInterval == null ? Duration.ofSeconds(1) : chatInterval;
        groupInterval = groupInterval == null ? Duration.ofSeconds(3) : groupInterval;
        maxInFlight = maxInFlight == null ? 64 : maxInFlight;
        keepSent = keepSent == null ? Duration.ofDays(1) : keepSent;
        lookEvery = lookEvery == null ? Duration.ofMillis(200) : lookEvery;
    }

    @Override
    public List<Kept> kept() {
        return List.of(Kept.time("lighthouse.outbox.keep-sent", keepSent));
    }
}
