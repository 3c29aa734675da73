package org.lighthouse.console.cases;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Which responders have the console open: the queue and case pages ask for news every two seconds, so a responder
 * whose page asked within the last quarter minute sees a new case within seconds. Only then may the bot count the
 * console as a way to reach someone.
 */
@Component
class Watchers {

    static final Duration FRESH = Duration.ofSeconds(15);

    private final Map<String, Instant> lastSeen = new ConcurrentHashMap<>();
    private final Clock clock;

    Watchers(Clock clock) {
        this.clock = clock;
    }

    void seen(String responder) {
        lastSeen.put(responder, clock.instant());
    }

    boolean anyone() {
        Instant since = clock.instant().minus(FRESH);
        lastSeen.values().removeIf(at -> at.isBefore(since));
        return !lastSeen.isEmpty();
    }
}
