package org.lighthouse.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.lighthouse.testing.SafetyNet.GROUP;
import static org.lighthouse.testing.SafetyNet.HOA;
import static org.lighthouse.testing.SafetyNet.RESPONDERS;
import static org.lighthouse.testing.SafetyNet.RESPONDERS_CHAT;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lighthouse.testing.Person;
import org.lighthouse.testing.BotProcess;
import org.lighthouse.testing.FakeTelegram;
import org.lighthouse.testing.FakeTelegram.Call;
import org.lighthouse.testing.RunningBot;

/** Nothing of a case is lost: not on a restart, not on a crash, not while nobody answers. */
class SafetyResilienceIntegrationTest {

    @TempDir
    Path data;

    /** A restart in the middle of a conversation with a responder: it continues both ways afterwards. */
    @Test
    void relayContinuesAfterRestart() throws Exception {
        long user = 8001;
        try (FakeTelegram telegram = new FakeTelegram()) {
            Person person = new Person(telegram, user);
            String caseId;
            try (RunningBot bot = RunningBot.start(telegram, data, RESPONDERS, RESPONDERS_CHAT)) {
                person.chooses("en");
                person.writes("my boss took my passport and won't let me leave the factory");
                Call alert = telegram.awaitMessage(GROUP, c -> c.text().contains("KHẨN CẤP"));
                caseId = alert.buttonData().get(0).substring("s:claim:".length());
                telegram.userPressesIn(HOA, FakeTelegram.groupChat(GROUP), FakeTelegram.messageId(alert),
                        alert.buttonData().get(0));
                person.waitsFor(c -> c.text().contains("Hoa, a person who helps, is here with you"));
            }
            try (RunningBot bot = RunningBot.start(telegram, data, RESPONDERS, RESPONDERS_CHAT)) {
                person.writes("I am hiding in the bathroom");
                telegram.awaitMessage(HOA, c -> c.text().equals("💬 " + caseId + ": I am hiding in the bathroom"));
                telegram.userSends(HOA, "Stay there. Can you call 113?");
                person.waitsFor(c -> c.text().equals("💬 Hoa, helping you: Stay there. Can you call 113?"));
            }
        }
    }

    /** An urgent case nobody claims is alerted again, and the person is reminded of 111 meanwhile. */
    @Test
    void unclaimedUrgentCaseIsAlertedAgain() throws Exception {
        long user = 8002;
        try (FakeTelegram telegram = new FakeTelegram(); RunningBot bot = RunningBot.start(telegram, data, RESPONDERS,
                RESPONDERS_CHAT, "lighthouse.safety.urgent-realert=1s", "lighthouse.safety.watch-every=200ms")) {
            Person person = new Person(telegram, user);
            person.chooses("vi");
            person.writes("SOS");
            telegram.awaitMessage(GROUP, c -> c.text().contains("CHƯA AI NHẬN"));
            person.waitsFor(c -> c.text().startsWith("Mình vẫn đang tìm người hỗ trợ cho bạn."));
        }
    }

    /**
     * The service is killed (kill -9) right after an urgent message: after the restart the case exists and the
     * responders' alert arrives.
     */
    @Test
    void caseAndAlertSurviveKill() throws Exception {
        long user = 8003;
        try (FakeTelegram telegram = new FakeTelegram()) {
            Person person = new Person(telegram, user);
            try (BotProcess process = BotProcess.start(Map.of("TELEGRAM_BOT_TOKEN", FakeTelegram.TOKEN,
                    "TELEGRAM_API_URL", telegram.url(), "LIGHTHOUSE_DATA_DIR", data.toString(),
                    "LIGHTHOUSE_RESPONDERS", HOA + ":Hoa", "TELEGRAM_RESPONDERS_CHAT_ID", Long.toString(GROUP)),
                    "--server.port=0", "--lighthouse.telegram.poll-timeout=1s").awaitStarted()) {
                telegram.serverErrors("sendmessage", Integer.MAX_VALUE);
                telegram.userSends(user, "they locked me in and took my phone, please help");
                await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(5))
                        .until(() -> telegram.attempts("sendmessage").stream()
                                .anyMatch(c -> c.chatId().equals(Long.toString(user))));
                process.kill();
            }
            telegram.clearFaults();
            try (RunningBot bot = RunningBot.start(telegram, data, RESPONDERS, RESPONDERS_CHAT)) {
                Call alert = telegram.awaitMessage(GROUP, c -> c.text().contains("KHẨN CẤP"));
                assertThat(alert.text()).contains("they locked me in");
                person.waitsFor(c -> c.text().contains("113"));
            }
        }
    }
}
