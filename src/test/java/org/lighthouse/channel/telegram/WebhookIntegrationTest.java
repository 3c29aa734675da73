package org.lighthouse.channel.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lighthouse.testing.BotUnderTest;
import org.lighthouse.testing.FakeTelegram;
import org.lighthouse.testing.FakeWebhook;
import org.lighthouse.testing.FakeWebhook.Delivery;
import org.lighthouse.testing.Person;
import org.lighthouse.testing.RunningBot;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Telegram in webhook mode: Telegram delivers each update to {@code /webhooks/telegram} with the secret, and the bot
 * never polls. Deliveries without the secret change nothing, an update delivered again is handled once, and health
 * says how Telegram's deliveries go.
 */
@ExtendWith(OutputCaptureExtension.class)
class WebhookIntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @RegisterExtension
    static final BotUnderTest BOT = BotUnderTest.inWebhookMode("lighthouse.telegram.webhook-check-every=300ms",
            "lighthouse.telegram.webhook-error-recent=3s", "logging.level.org.lighthouse.channel.ChannelsReport=INFO");
    static FakeTelegram telegram;
    static RunningBot bot;

    @BeforeAll
    static void share() {
        telegram = BOT.telegram();
        bot = BOT.bot();
    }

    /** A test that fails half-way leaves no forged deliveries to the next. */
    @AfterEach
    void healTelegram() {
        telegram.webhook().deliverWithTheSecretSet();
    }

    /**
     * At start the webhook is set to the URL with the secret, the kinds of update the bot reads and the pending ones
     * kept; getUpdates is never called; health says webhook mode, UP; the start-up line says so without the secret.
     */
    @Test
    void setsTheWebhookAndNeverPolls(CapturedOutput output) {
        Map<String, Object> fields = telegram.callsOf("setwebhook").get(0).fields();
        assertThat(fields.get("url")).isEqualTo(bot.url("/webhooks/telegram"));
        assertThat(fields.get("secret_token")).isEqualTo(RunningBot.WEBHOOK_SECRET);
        assertThat(fields.get("allowed_updates")).isEqualTo(List.of("message", "edited_message", "callback_query",
                "my_chat_member"));
        assertThat(fields.get("max_connections")).isEqualTo(20);
        assertThat(fields.get("drop_pending_updates")).isEqualTo(false);
        assertThat(telegram.webhook().url()).contains(bot.url("/webhooks/telegram"));

        JsonNode health = await().atMost(Duration.ofSeconds(5)).until(WebhookIntegrationTest::telegramHealth,
                h -> h.has("details") && h.at("/details/secondsSinceLastCheck").isNumber());
        assertThat(health.path("status").asText()).isEqualTo("UP");
        assertThat(health.at("/details/mode").asText()).isEqualTo("webhook");
        assertThat(health.at("/details/webhookSet").asBoolean()).isTrue();
        assertThat(health.toString()).doesNotContain(RunningBot.WEBHOOK_SECRET).doesNotContain(FakeTelegram.TOKEN);

        assertThat(output.getAll()).contains("Channels on: Telegram (webhook " + bot.url("/webhooks/telegram")
                + ", as @" + FakeTelegram.BOT_USERNAME + "), web chat (http://localhost:" + bot.port() + "/); off: ")
                .doesNotContain(RunningBot.WEBHOOK_SECRET).doesNotContain(FakeTelegram.TOKEN);
        assertThat(telegram.polls()).isEmpty();
    }

    /**
     * A webhook removed meanwhile is set again at the next check. One pointed elsewhere (another deployment with the
     * same token) makes health DOWN and is not set back; once it points here again, health is UP.
     */
    @Test
    void webhookRemovedIsSetAgainAndOneElsewhereIsNotFoughtOver() {
        int before = telegram.callsOf("setwebhook").size();
        telegram.webhook().removeByHand();
        await().atMost(Duration.ofSeconds(5)).until(() -> telegram.webhook().url().isPresent());
        assertThat(telegram.callsOf("setwebhook")).hasSize(before + 1);

        telegram.webhook().setTo("https://other.example.org/webhooks/telegram", "another-secret");
        JsonNode down = await().atMost(Duration.ofSeconds(5)).until(WebhookIntegrationTest::telegramHealth,
                h -> h.path("status").asText().equals("DOWN"));
        assertThat(down.at("/details/webhookSet").asBoolean(true)).isFalse();
        assertThat(down.toString()).doesNotContain("other.example.org");
        assertThat(telegram.callsOf("setwebhook")).hasSize(before + 1);
        assertThat(telegram.webhook().url()).contains("https://other.example.org/webhooks/telegram");

        telegram.webhook().setTo(bot.url("/webhooks/telegram"), RunningBot.WEBHOOK_SECRET);
        await().atMost(Duration.ofSeconds(5)).until(WebhookIntegrationTest::telegramHealth,
                h -> h.path("status").asText().equals("UP"));
    }

    /** A person's conversation, from the language to a lesson's second card, comes entirely by webhook. */
    @Test
    void conversationWorksThroughDeliveries() {
        Person person = BOT.person(7001);
        person.chooses("en");
        person.presses("m:learn");
        person.waitsFor(c -> c.buttonData().stream().anyMatch(d -> d.startsWith("l:")));
        person.presses("l:o:sm-1");
        person.waitsFor(c -> c.text().contains("(1/"));
        person.presses("l:n:sm-1:0");
        person.waitsFor(c -> c.text().contains("(2/"));
        assertThat(telegram.polls()).isEmpty();
        assertThat(telegram.webhook().deliveries()).extracting(Delivery::status).contains(200);
        assertThat(telegram.refused()).isEmpty();
    }

    /**
     * A delivery without the secret, with a wrong one, or with one a character short gets 403, and nothing of it is
     * stored or answered.
     */
    @Test
    void deliveriesWithoutTheSecretAreRefused() {
        long user = 7002;
        ObjectNode update = update(user, "/start");
        long id = update.get("update_id").asLong();
        FakeWebhook webhook = telegram.webhook();
        assertThat(webhook.postOnce(update, null)).isEqualTo(403);
        assertThat(webhook.postOnce(update, "wrong")).isEqualTo(403);
        assertThat(webhook.postOnce(update, RunningBot.WEBHOOK_SECRET.substring(1))).isEqualTo(403);
        assertThat(webhook.postOnce(update, RunningBot.WEBHOOK_SECRET + "x")).isEqualTo(403);

        Person witness = BOT.person(7012);
        witness.writes("/start");
        witness.waitsFor(c -> c.buttonData().contains("lang:vi"));
        assertThat(inboxEntry("tg:u" + id)).isNull();
        assertThat(telegram.messagesTo(user)).isEmpty();
    }

    /**
     * Telegram delivering with a secret that is not this bot's (a webhook set by someone else) gets 403 and the
     * update waits; health turns DEGRADED with Telegram's words. Once the secret is right again the waiting update is
     * delivered, handled, and health is UP after a while.
     */
    @Test
    void healthIsDegradedWhileTelegramsDeliveriesFail() {
        long user = 7003;
        telegram.webhook().deliverWithSecret("not-the-bots-secret");
        int id = telegram.userSends(user, "/start");
        await().atMost(Duration.ofSeconds(5)).until(() -> telegram.webhook().deliveriesOf(id).size() >= 2);
        assertThat(telegram.webhook().deliveriesOf(id)).extracting(Delivery::status).containsOnly(403);
        JsonNode degraded = await().atMost(Duration.ofSeconds(5)).until(WebhookIntegrationTest::telegramHealth,
                h -> h.path("status").asText().equals("DEGRADED"));
        assertThat(degraded.at("/details/lastDeliveryError").asText()).isEqualTo("Wrong response from the webhook:"
                + " 403 Forbidden");
        assertThat(degraded.at("/details/pendingUpdates").asLong()).isPositive();
        assertThat(telegram.messagesTo(user)).isEmpty();
        assertThat(inboxEntry("tg:u" + id)).isNull();

        telegram.webhook().deliverWithTheSecretSet();
        telegram.awaitMessage(user, c -> c.buttonData().contains("lang:vi"));
        await().atMost(Duration.ofSeconds(10)).until(WebhookIntegrationTest::telegramHealth,
                h -> h.path("status").asText().equals("UP"));
    }

    /** The same update delivered twice (Telegram did not get the first answer) is stored and handled once. */
    @Test
    void sameUpdateDeliveredTwiceIsHandledOnce() {
        long user = 7004;
        ObjectNode update = update(user, "/start");
        int id = update.get("update_id").asInt();
        telegram.pushRaw(update.deepCopy());
        telegram.pushRaw(update.deepCopy());
        assertThat(telegram.webhook().postOnce(update, RunningBot.WEBHOOK_SECRET)).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).until(() -> telegram.webhook().deliveriesOf(id).size() >= 2);
        assertThat(telegram.webhook().deliveriesOf(id)).extracting(Delivery::status).containsOnly(200);

        Person person = new Person(telegram, user);
        person.presses("lang:en");
        person.waitsFor(c -> c.buttonData().contains("m:learn"));
        assertThat(telegram.messagesTo(user)).filteredOn(c -> c.buttonData().contains("lang:vi")).hasSize(1);
    }

    /**
     * An update TelegramBots' parser refuses is answered 200 and kept as unread, as the poller does; the cry for help
     * right behind it is answered.
     */
    @Test
    void unreadableUpdateStopsNothing() {
        ObjectNode gift = telegram.privateMessage(7005);
        gift.set("gift", PollingIntegrationTest.giftWithoutConvertStarCount());
        int giftId = telegram.push("message", gift);
        Person person = BOT.person(7006);
        person.writes(PollingIntegrationTest.URGENT);
        person.waitsFor(c -> c.text().startsWith(PollingIntegrationTest.URGENT_REPLY));
        assertThat(telegram.webhook().deliveriesOf(giftId)).extracting(Delivery::status).containsExactly(200);
        Document record = await().atMost(Duration.ofSeconds(5)).until(() -> bot.bean(MongoTemplate.class).findOne(
                Query.query(Criteria.where("updateId").is(giftId)), Document.class, "telegram_unread"), r -> r != null);
        assertThat(record.getString("error")).startsWith("ValueInstantiationException at message.gift");
        assertThat(telegram.messagesTo(7005)).isEmpty();
    }

    /** A body larger than any update gets 413, one that is no update 400; with the secret, and nothing is stored. */
    @Test
    void hugeOrMalformedBodiesAreRefused() throws Exception {
        ObjectNode huge = update(7007, "x".repeat(300_000));
        assertThat(telegram.webhook().postOnce(huge, RunningBot.WEBHOOK_SECRET)).isEqualTo(413);
        assertThat(post("not json", RunningBot.WEBHOOK_SECRET)).isEqualTo(400);
        assertThat(post("{\"message\":{}}", RunningBot.WEBHOOK_SECRET)).isEqualTo(400);
        assertThat(post("{\"update_id\":1}", null)).isEqualTo(403);
        assertThat(inboxEntry("tg:u" + huge.get("update_id").asLong())).isNull();
    }

    /** A private text message update as Telegram sends it, with an id from the stand-in's counter. */
    /**
     * One instance on the embedded store is the active one from its start, and says so in health; readiness (for a
     * proxy in front of several instances) says it may take traffic.
     */
    @Test
    void aLoneInstanceIsActiveAndReady() throws IOException, InterruptedException {
        JsonNode lease = bot.health().at("/components/lease");
        assertThat(lease.at("/status").asText()).isEqualTo("UP");
        assertThat(lease.at("/details/role").asText()).isEqualTo("active");
        assertThat(lease.at("/details/token").asLong()).isPositive();
        HttpResponse<String> readiness = HTTP.send(HttpRequest.newBuilder(URI.create(
                bot.url("/actuator/health/readiness"))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(readiness.body()).at("/status").asText()).isEqualTo("UP");
    }

    private static ObjectNode update(long user, String text) {
        ObjectNode message = telegram.privateMessage(user).put("text", text);
        if (text.startsWith("/")) {
            message.putArray("entities").addObject().put("type", "bot_command").put("offset", 0)
                    .put("length", text.length());
        }
        ObjectNode update = JSON.createObjectNode().put("update_id", telegram.nextUpdateId());
        update.set("message", message);
        return update;
    }

    private static Document inboxEntry(String key) {
        return bot.bean(MongoTemplate.class).findById(key, Document.class, "inbox");
    }

    private static int post(String body, String secret) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(bot.url("/webhooks/telegram")))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (secret != null) {
            request.header(FakeWebhook.SECRET_HEADER, secret);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static JsonNode telegramHealth() {
        return bot.health().at("/components/telegram");
    }
}
