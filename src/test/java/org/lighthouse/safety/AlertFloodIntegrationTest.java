package org.lighthouse.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lighthouse.testing.SafetyNet.GROUP;
import static org.lighthouse.testing.SafetyNet.RESPONDERS;
import static org.lighthouse.testing.SafetyNet.RESPONDERS_CHAT;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lighthouse.safety.escalation.CaseStore;
import org.lighthouse.testing.FakeTelegram;
import org.lighthouse.testing.FakeTelegram.Call;
import org.lighthouse.testing.RunningBot;

/**
 * Alerts never queue behind each other: with Telegram's pace for groups (a message every 3 s), a flood of cases makes
 * a few combined messages, and a case that opens during the flood is in the next one.
 */
class AlertFloodIntegrationTest {

    private static final Pattern CASE_ID = Pattern.compile("C-[A-Z2-9]{8}");
    private static final int FLOOD = 40;

    @TempDir
    Path data;

    @Test
    void aFloodOfCasesMakesFewMessagesAndALateCaseIsNotLeftBehind() throws Exception {
        try (FakeTelegram telegram = new FakeTelegram(); RunningBot bot = RunningBot.start(telegram, data, RESPONDERS,
                RESPONDERS_CHAT, "lighthouse.outbox.group-interval=3s")) {
            for (int i = 0; i < FLOOD; i++) {
                telegram.userSends(10_000 + i, "SOS");
            }
            telegram.awaitMessage(GROUP, c -> c.text().contains("«SOS»"));
            telegram.userSends(20_000, "they locked me in and took my passport");
            Instant late = Instant.now();
            CaseStore cases = bot.bean(CaseStore.class);
            String lateCase = org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30))
                    .until(() -> cases.openFor("tg:20000"), Optional::isPresent).orElseThrow().id();
            Call lateAlert = telegram.awaitMessage(GROUP, c -> c.text().contains(lateCase));
            Duration waited = Duration.between(late, lateAlert.at());

            List<Call> alerts = telegram.messagesTo(GROUP);
            int before = alerts.indexOf(lateAlert);
            System.out.printf("Alert flood: %d cases, late case announced after %d ms, in group message %d%n", FLOOD,
                    waited.toMillis(), before + 1);
            assertThat(before).as("group messages before the late case's").isLessThanOrEqualTo(3);
            assertThat(lateAlert.buttonData()).contains("s:claim:" + lateCase);

            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(60))
                    .until(() -> idsIn(telegram.messagesTo(GROUP)).size() == FLOOD + 1);
            assertThat(telegram.messagesTo(GROUP).size()).as("messages for " + (FLOOD + 1) + " cases")
                    .isLessThanOrEqualTo((FLOOD + 1) / 8 + 3);
        }
    }

    /**
     * A hundred anonymous "SOS" from new web chats (from three addresses, as the web chat's limits allow) do not hold
     * back a real person's alert on Telegram: it is in the next alert or the one after.
     */
    @Test
    void anonymousWebFloodDoesNotHoldBackATelegramAlert() throws Exception {
        try (FakeTelegram telegram = new FakeTelegram(); RunningBot bot = RunningBot.start(telegram, data, RESPONDERS,
                RESPONDERS_CHAT, "lighthouse.outbox.group-interval=3s", "server.forward-headers-strategy=native")) {
            HttpClient http = HttpClient.newHttpClient();
            for (int i = 0; i < 100; i++) {
                HttpRequest sos = HttpRequest.newBuilder(URI.create(bot.url("/api/chat/" + UUID.randomUUID()
                        + "/events"))).header("Content-Type", "application/json")
                        .header("X-Forwarded-For", "203.0.113." + (10 + i / 40))
                        .POST(HttpRequest.BodyPublishers.ofString("{\"id\":\"" + UUID.randomUUID()
                                + "\",\"text\":\"SOS\"}")).build();
                assertThat(http.send(sos, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(202);
            }
            telegram.awaitMessage(GROUP, c -> c.text().contains("«SOS»"));
            Instant sent = Instant.now();
            telegram.userSends(40_000, "they took my passport and locked the door");
            CaseStore cases = bot.bean(CaseStore.class);
            String real = org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30))
                    .until(() -> cases.openFor("tg:40000"), Optional::isPresent).orElseThrow().id();
            int before = telegram.messagesTo(GROUP).size();
            Call alert = telegram.awaitMessage(GROUP, c -> c.text().contains(real));
            System.out.printf("Web flood: 100 anonymous SOS; the Telegram case announced %d ms after it was sent%n",
                    Duration.between(sent, alert.at()).toMillis());
            assertThat(telegram.messagesTo(GROUP).indexOf(alert)).isLessThanOrEqualTo(before + 1);
        }
    }

    /**
     * While the group makes the bot wait (429), a second case opens and waits long enough to be due again before its
     * first alert could go: when the group takes messages again, it is in the next alert once, with one Claim button.
     */
    @Test
    void aCaseDueAgainBeforeItsFirstAlertWentIsAnnouncedOnce() throws Exception {
        try (FakeTelegram telegram = new FakeTelegram(); RunningBot bot = RunningBot.start(telegram, data, RESPONDERS,
                RESPONDERS_CHAT, "lighthouse.safety.urgent-realert=1s", "lighthouse.safety.watch-every=200ms")) {
            telegram.tooManyRequests("sendmessage", Long.toString(GROUP), 1, 4);
            telegram.userSends(30_001, "SOS");
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> telegram
                    .attempts("sendmessage").stream().anyMatch(c -> c.chatId().equals(Long.toString(GROUP))));
            telegram.userSends(30_002, "cứu em với");
            Call both = telegram.awaitMessage(GROUP, c -> c.text().contains("«cứu em với»"));
            assertThat(both.buttonData()).doesNotHaveDuplicates();
        }
    }

    private static Set<String> idsIn(List<Call> calls) {
        return calls.stream().flatMap(c -> {
            Matcher m = CASE_ID.matcher(c.text());
            return m.results().map(r -> r.group());
        }).collect(Collectors.toSet());
    }
}
