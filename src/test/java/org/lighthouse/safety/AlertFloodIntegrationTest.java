package org.lighthouse.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lighthouse.testing.SafetyNet.GROUP;
import static org.lighthouse.testing.SafetyNet.RESPONDERS;
import static org.lighthouse.testing.SafetyNet.RESPONDERS_CHAT;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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

    private static Set<String> idsIn(List<Call> calls) {
        return calls.stream().flatMap(c -> {
            Matcher m = CASE_ID.matcher(c.text());
            return m.results().map(r -> r.group());
        }).collect(Collectors.toSet());
    }
}
