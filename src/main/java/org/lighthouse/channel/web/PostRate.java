package org.lighthouse.channel.web;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Keeps one web chat from flooding the bot: at most {@code postsPerMinute} posts a minute per chat. A person typing
 * never gets near it; a script does, and gets "too many requests" instead of filling the inbox.
 */
@Component
@WebChatEnabled
class PostRate {

    private static final long MINUTE = 60_000;
    private static final int CHATS = 10_000;

    private final Clock clock;
    private final int postsPerMinute;
    private final Map<String, Deque<Long>> recent = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Deque<Long>> eldest) {
            return size() > CHATS;
        }
    };

    PostRate(Clock clock, WebChatSettings settings) {
        this.clock = clock;
        this.postsPerMinute = settings.postsPerMinute();
    }

    /** Counts a post of the chat; false when the chat already posted its share of the last minute. */
    synchronized boolean allow(String session) {
        long now = clock.millis();
        Deque<Long> times = recent.computeIfAbsent(session, s -> new ArrayDeque<>());
        while (!times.isEmpty() && times.peekFirst() <= now - MINUTE) {
            times.pollFirst();
        }
        if (times.size() >= postsPerMinute) {
            return false;
        }
        times.addLast(now);
        return true;
    }
}
