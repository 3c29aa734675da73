package org.lighthouse.channel.inbox;

import java.time.Duration;
import java.util.List;
import org.lighthouse.shared.Retention;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How inbound events are handled.
 *
 * @param workers threads that handle events (one chat's events never run at the same time)
 * @param maxPending events waiting to be handled before the channels stop taking more (they wait, nothing is lost)
 * @param maxAttempts how often an event whose handling fails is tried before it is set aside
 * @param window events waiting to be handled before a channel that can hold them back (Telegram keeps updates until
 *     they are confirmed) stops taking more: under load, events wait there rather than here, and each event taken is
 *     handled promptly (bench/run.sh, warm: 12 gives 10-17% more throughput than 6 at a p99 of 27 ms instead of 19;
 *     24 takes p99 past 50 ms)
 * @param keepKeys how long the key of a handled event is remembered, so that a channel delivering it again changes
 *     nothing: longer than Telegram keeps an update (a day) and shorter than the quiet week after which it restarts ids
 * @param lookEvery how often the active instance looks for events a standby stored, when it gets none of its own
 */
@ConfigurationProperties("lighthouse.inbox")
record InboxSettings(Integer workers, Integer maxPending, Integer maxAttempts, Integer window, Duration keepKeys,
        Duration lookEvery)
        implements Retention {

    InboxSettings {
        workers = workers == null ? 16 : workers;
        maxPending = maxPending == null ? 5_000 : maxPending;
        maxAttempts = maxAttempts == null ? 3 : maxAttempts;
        window = window == null ? 12 : window;
        keepKeys = keepKeys == null ? Duration.ofDays(2) : keepKeys;
        lookEvery = lookEvery == null ? Duration.ofMillis(200) : lookEvery;
    }

    @Override
    public List<Kept> kept() {
        return List.of(Kept.time("lighthouse.inbox.keep-keys", keepKeys));
    }
}
