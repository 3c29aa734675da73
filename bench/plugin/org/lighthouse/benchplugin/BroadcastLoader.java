package org.lighthouse.benchplugin;

import java.util.List;
import org.lighthouse.channel.ChatRef;
import org.lighthouse.channel.Outbox;
import org.lighthouse.channel.Reply;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Bench only (profile {@code bench}, loaded with {@code -Dloader.path}, never in the jar): once the bot is ready,
 * accepts {@code BENCH_BROADCAST} messages into the bot's own outbox, spread over {@code BENCH_BROADCAST_CHATS} chats,
 * as a programme announcement would be. Each has a key of its own, so accepting them again would change nothing.
 */
@Component
@Profile("bench")
class BroadcastLoader {

    static final long FIRST_CHAT = 800_000_000L;
    private static final Logger log = LoggerFactory.getLogger(BroadcastLoader.class);

    private final Outbox outbox;

    BroadcastLoader(Outbox outbox) {
        this.outbox = outbox;
    }

    @EventListener(ApplicationReadyEvent.class)
    void load() {
        int count = Integer.parseInt(System.getenv().getOrDefault("BENCH_BROADCAST", "0"));
        int chats = Integer.parseInt(System.getenv().getOrDefault("BENCH_BROADCAST_CHATS", "1000"));
        if (count == 0) {
            return;
        }
        Thread loader = new Thread(() -> {
            long start = System.nanoTime();
            for (int i = 0; i < count; i++) {
                outbox.send(ChatRef.telegram(FIRST_CHAT + i % chats), "bench:broadcast:" + i,
                        List.of(Reply.text("Lighthouse announcement #" + i + " of " + count)));
            }
            log.info("bench: {} broadcast messages accepted into the outbox in {} ms", count,
                    (System.nanoTime() - start) / 1_000_000);
        }, "bench-broadcast");
        loader.setDaemon(true);
        loader.start();
    }
}
