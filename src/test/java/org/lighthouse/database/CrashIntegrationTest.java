package org.lighthouse.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lighthouse.testing.BotProcess;
import org.lighthouse.testing.FakeTelegram;
import org.lighthouse.testing.RunningBot;

/** A crash (kill -9) right after the embedded database acknowledged a write loses nothing. */
class CrashIntegrationTest {

    @TempDir
    Path data;

    /**
     * A reply accepted into the outbox, and killed before Telegram took it, is sent once after the restart: the
     * restarted instance, alone on its embedded store, takes the lease at once rather than waiting for it to lapse.
     */
    @Test
    void outboxMessageSurvivesKill() throws Exception {
        long user = 5001;
        try (FakeTelegram telegram = new FakeTelegram()) {
            telegram.serverErrors("sendmessage", Integer.MAX_VALUE);
            try (BotProcess process = BotProcess.start(Map.of("TELEGRAM_BOT_TOKEN", FakeTelegram.TOKEN,
                    "TELEGRAM_API_URL", telegram.url(), "LIGHTHOUSE_DATA_DIR", data.toString()),
                    "--server.port=0", "--lighthouse.telegram.poll-timeout=1s").awaitStarted()) {
                assertThat(process.output()).as("the log says plainly what the embedded store is for")
                        .anyMatch(line -> line.contains("the embedded store serves this one instance"))
                        .anyMatch(line -> line.contains("Lease: instance") && line.contains("is active"));
                telegram.userSends(user, "/start");
                await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(5))
                        .until(() -> !telegram.attempts("sendmessage").isEmpty());
                process.kill();
            }
            telegram.clearFaults();
            try (RunningBot bot = RunningBot.start(telegram, data)) {
                telegram.awaitMessages(user, 1);
                Thread.sleep(1000);
                assertThat(telegram.messagesTo(user)).hasSize(1);
                assertThat(telegram.messagesTo(user).get(0).buttonData()).contains("lang:vi");
            }
        }
    }
}
