package org.lighthouse.channel.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.lighthouse.testing.BotApiSpec;
import org.lighthouse.testing.BotUnderTest;
import org.lighthouse.testing.FakeTelegram;
import org.lighthouse.testing.FakeTelegram.Call;
import org.lighthouse.testing.Person;
import org.lighthouse.testing.RunningBot;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/** Telegram's intake goes on whatever Telegram sends and however its ids run, and health says when it stops. */
class PollingIntegrationTest {

    static final String URGENT = "họ lấy hộ chiếu của em rồi khóa cửa, em không ra được";
    static final String URGENT_REPLY = "Mình ở đây với bạn.";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @RegisterExtension
    static final BotUnderTest BOT = new BotUnderTest("lighthouse.telegram.intake-down-after=3s",
            "lighthouse.telegram.retry-max=1s");
    static FakeTelegram telegram;
    static RunningBot bot;

    @BeforeAll
    static void share() {
        telegram = BOT.telegram();
        bot = BOT.bot();
    }

    /** A test that fails half-way leaves no failing Telegram to the next. */
    @AfterEach
    void healTelegram() {
        telegram.clearFaults();
    }

    /**
     * A gift without convert_star_count (optional in the Bot API, required by TelegramBots' parser) is kept as an
     * unread record, without names, texts or ids; the urgent message of someone else right behind it is answered at
     * once.
     */
    @Test
    void updateTheParserRefusesStopsNothing() {
        long giver = 5001;
        ObjectNode gift = telegram.privateMessage(giver);
        gift.set("gift", giftWithoutConvertStarCount());
        int giftId = telegram.push("message", gift);
        Person person = BOT.person(5002);
        Instant sent = Instant.now();
        person.writes(URGENT);

        person.waitsFor(c -> c.text().startsWith(URGENT_REPLY));
        assertThat(Duration.between(sent, Instant.now())).isLessThan(Duration.ofSeconds(5));
        Document record = await().atMost(Duration.ofSeconds(10)).until(() -> unread(giftId), r -> r != null);
        assertThat(record.getString("type")).isEqualTo("message");
        assertThat(record.getString("error")).isEqualTo("ValueInstantiationException at message.gift"
                + " (NullPointerException)");
        assertThat(record.getBoolean("passedOn")).isFalse();
        assertThat(record.getString("shape")).contains("\"gift\":{\"gift\":{\"id\":\"string\"")
                .doesNotContain(Long.toString(giver)).doesNotContain("User" + giver).doesNotContain("private");
        assertThat(telegramHealth().at("/details/unreadUpdates").asLong()).isPositive();
        await().atMost(Duration.ofSeconds(10)).until(() -> telegram.unconfirmed() == 0);
        assertThat(telegram.messagesTo(giver)).isEmpty();
    }

    /** A cry for help in a message the strict parser refuses (it answers a gift) still reaches the safety net. */
    @Test
    void privateTextInAnUnreadableUpdateIsPassedOn() {
        long user = 5003;
        ObjectNode gift = telegram.privateMessage(user);
        gift.set("gift", giftWithoutConvertStarCount());
        ObjectNode message = telegram.privateMessage(user);
        message.put("text", URGENT);
        message.set("reply_to_message", gift);
        int id = telegram.push("message", message);

        telegram.awaitMessage(user, c -> c.text().startsWith(URGENT_REPLY));
        Document record = await().atMost(Duration.ofSeconds(10)).until(() -> unread(id), r -> r != null);
        assertThat(record.getBoolean("passedOn")).isTrue();
        assertThat(record.getString("shape")).doesNotContain("hộ chiếu");
    }

    /** Ids that restart lower while the bot runs (after a quiet week) are read, not confirmed unseen. */
    @Test
    void idsRestartingLowerWhileRunningAreRead() {
        Person known = BOT.person(5004);
        known.chooses("vi");
        await().atMost(Duration.ofSeconds(10)).until(() -> telegram.unconfirmed() == 0);
        telegram.restartIdsAt(17);

        known.writes("/menu");
        known.waitsFor(c -> c.text().equals("Bạn muốn làm gì?"));
        Person stranger = BOT.person(5005);
        stranger.writes("/start");
        stranger.waitsFor(c -> c.buttonData().contains("lang:vi"));
    }

    /**
     * The reproduction: after a restart on the same data, ids restart lower (while it was down, and again while
     * it runs); a person the bot met before writes and is answered in their language each time.
     */
    @Test
    void idsRestartingLowerAroundARestartAreRead(@TempDir Path data) throws IOException {
        try (FakeTelegram own = new FakeTelegram()) {
            Person person = new Person(own, 5006);
            try (RunningBot first = RunningBot.start(own, data)) {
                person.chooses("vi");
            }
            own.restartIdsAt(40);
            person.writes("/menu");
            try (RunningBot second = RunningBot.start(own, data)) {
                person.waitsFor(c -> c.text().equals("Bạn muốn làm gì?"));
                await().atMost(Duration.ofSeconds(10)).until(() -> own.unconfirmed() == 0);
                own.restartIdsAt(7);
                person.writes("/menu");
                person.waitsFor(c -> c.text().equals("Bạn muốn làm gì?"));
            }
        }
    }

    /**
     * getUpdates failing (500, then 409 Conflict) turns health DOWN after the threshold, naming the cause without the
     * token or URL; polls back off instead of spinning; once Telegram answers, health is UP and nothing sent meanwhile
     * is lost.
     */
    @Test
    void healthIsDownWhilePollingFailsAndNothingIsLost() {
        telegram.serverErrors("getupdates", Integer.MAX_VALUE);
        Person person = BOT.person(5007);
        person.writes("/start");

        JsonNode down = await().atMost(Duration.ofSeconds(15)).until(PollingIntegrationTest::telegramHealth,
                h -> h.path("status").asText().equals("DOWN") && h.at("/details/lastError").isTextual());
        assertThat(down.at("/details/lastError").asText()).isEqualTo("500: Telegram's server failed");
        assertThat(down.at("/details/secondsSinceLastPoll").asLong()).isGreaterThanOrEqualTo(3);
        assertThat(down.toString()).doesNotContain(FakeTelegram.TOKEN).doesNotContain(telegram.url());

        telegram.clearFaults();
        telegram.errors("getupdates", Integer.MAX_VALUE, 409,
                "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running");
        await().atMost(Duration.ofSeconds(10)).until(PollingIntegrationTest::telegramHealth,
                h -> h.at("/details/lastError").asText().startsWith("409: a webhook is set"));
        int before = telegram.polls().size();
        await().atMost(Duration.ofSeconds(10)).until(() -> telegram.polls().size() >= before + 4);
        List<Call> failing = telegram.polls().subList(before, before + 4);
        for (int i = 1; i < failing.size(); i++) {
            assertThat(Duration.between(failing.get(i - 1).at(), failing.get(i).at())).as("wait between failed polls")
                    .isGreaterThanOrEqualTo(Duration.ofMillis(450));
        }

        telegram.clearFaults();
        await().atMost(Duration.ofSeconds(10)).until(PollingIntegrationTest::telegramHealth,
                h -> h.path("status").asText().equals("UP"));
        person.waitsFor(c -> c.buttonData().contains("lang:vi"));
    }

    /** A 429 to getUpdates is waited out for the retry_after Telegram gives. */
    @Test
    void tooManyRequestsToPollingWaitsAsTold() {
        Instant registered = Instant.now();
        telegram.tooManyRequests("getupdates", null, 1, 2);
        List<Call> polls = await().atMost(Duration.ofSeconds(10)).until(
                () -> telegram.polls().stream().filter(c -> c.at().isAfter(registered)).toList(), p -> p.size() >= 2);
        assertThat(Duration.between(polls.get(0).at(), polls.get(1).at())).isGreaterThanOrEqualTo(
                Duration.ofMillis(1900));
    }

    /** A gift message's content as the Bot API may send it: only the required fields, so no convert_star_count. */
    static JsonNode giftWithoutConvertStarCount() {
        JsonNode gift = new BotApiSpec().randomObject("GiftInfo", new Random(1), 0);
        assertThat(gift.has("convert_star_count")).isFalse();
        return gift;
    }

    private static Document unread(int updateId) {
        return bot.bean(MongoTemplate.class).findOne(Query.query(Criteria.where("updateId").is(updateId)),
                Document.class, "telegram_unread");
    }

    static JsonNode telegramHealth() {
        try {
            HttpResponse<String> health = HTTP.send(HttpRequest.newBuilder(URI.create(bot.url("/actuator/health")))
                    .build(), HttpResponse.BodyHandlers.ofString());
            return JSON.readTree(health.body()).at("/components/telegram");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
