package org.lighthouse.channel.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lighthouse.shared.ConfigurationProblem;
import org.lighthouse.testing.FakeTelegram;
import org.lighthouse.testing.FakeWebhook.Delivery;
import org.lighthouse.testing.Person;
import org.lighthouse.testing.RunningBot;

/** Going from one way in to the other loses nothing and handles nothing twice; wrong webhook settings stop the start. */
class WebhookSwitchIntegrationTest {

    @TempDir
    Path data;

    /**
     * A webhook left set (here to an address where nothing listens, with an update waiting) is removed by a bot that
     * polls, keeping the waiting update, which polling then brings. The same update delivered again after a switch to
     * webhook mode (as if its poll had not been confirmed) is not handled again; what comes next is.
     */
    @Test
    void pollingRemovesAWebhookLeftSetAndASwitchHandlesNothingTwice() throws IOException {
        try (FakeTelegram telegram = new FakeTelegram()) {
            telegram.webhook().setTo("http://127.0.0.1:9/webhooks/telegram", "an-old-secret");
            long user = 7101;
            ObjectNode start = update(telegram, user, "/start");
            telegram.pushRaw(start.deepCopy());
            Person person = new Person(telegram, user);
            try (RunningBot polling = RunningBot.start(telegram, data)) {
                telegram.awaitMessage(user, c -> c.buttonData().contains("lang:vi"));
                assertThat(telegram.callsOf("deletewebhook")).singleElement().satisfies(call -> assertThat(
                        call.fields().get("drop_pending_updates")).isEqualTo(false));
                assertThat(telegram.webhook().url()).isEmpty();
                person.presses("lang:vi");
                person.waitsFor(c -> c.buttonData().contains("m:learn"));
                await().atMost(Duration.ofSeconds(5)).until(() -> telegram.unconfirmed() == 0);
            }

            telegram.pushRaw(start.deepCopy());
            try (RunningBot webhook = RunningBot.startInWebhookMode(telegram, data)) {
                int id = start.get("update_id").asInt();
                await().atMost(Duration.ofSeconds(10)).until(() -> telegram.webhook().deliveriesOf(id).stream()
                        .anyMatch(d -> d.status() == 200));
                person.writes("/menu");
                person.waitsFor(c -> c.text().equals("Bạn muốn làm gì?"));
                assertThat(telegram.messagesTo(user)).filteredOn(c -> c.buttonData().contains("lang:vi")).hasSize(1);
                assertThat(telegram.webhook().deliveries()).extracting(Delivery::status).contains(200);
                assertThat(telegram.refused()).isEmpty();
            }
        }
    }

    /**
     * One webhook setting without the other stops the start with the one line that names the missing one (the other
     * wrong settings: {@link TelegramSettingsUnitTest}).
     */
    @Test
    void halfTheWebhookSettingsStopTheStart() throws IOException {
        try (FakeTelegram telegram = new FakeTelegram()) {
            assertThatThrownBy(() -> RunningBot.start(telegram, data,
                    "lighthouse.telegram.webhook-url=https://bot.example.org/webhooks/telegram"))
                    .satisfies(e -> assertThat(problem(e)).isEqualTo("TELEGRAM_WEBHOOK_URL is set but"
                            + " TELEGRAM_WEBHOOK_SECRET is not: set both for webhook mode, or neither for long polling"));
            assertThat(telegram.callsOf("setwebhook")).isEmpty();
        }
    }

    /** A webhook Telegram refuses (here, as for a host it cannot resolve) stops the start, in Telegram's words. */
    @Test
    void webhookTelegramRefusesStopsTheStart() throws IOException {
        try (FakeTelegram telegram = new FakeTelegram()) {
            telegram.refuses("setwebhook", "bad webhook: Failed to resolve host: Name or service not known");
            assertThatThrownBy(() -> RunningBot.startInWebhookMode(telegram, data)).satisfies(e -> assertThat(
                    problem(e)).isEqualTo("Telegram refused the webhook (400 Bad Request: bad webhook: Failed to"
                            + " resolve host: Name or service not known): check TELEGRAM_WEBHOOK_URL (https://<public"
                            + " host>/webhooks/telegram, on port 443, 80, 88 or 8443) and TELEGRAM_WEBHOOK_SECRET, or"
                            + " unset both to poll instead"));
        }
    }

    private static ObjectNode update(FakeTelegram telegram, long user, String text) {
        ObjectNode message = telegram.privateMessage(user).put("text", text);
        message.putArray("entities").addObject().put("type", "bot_command").put("offset", 0).put("length",
                text.length());
        ObjectNode update = new ObjectMapper().createObjectNode().put("update_id", telegram.nextUpdateId());
        update.set("message", message);
        return update;
    }

    private static String problem(Throwable e) {
        return ConfigurationProblem.in(e).map(Throwable::getMessage).orElseThrow(() -> new AssertionError(e));
    }
}
