package org.lighthouse.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.lighthouse.testing.BotUnderTest;
import org.lighthouse.testing.FakeTelegram;
import org.lighthouse.testing.FakeTelegram.Call;
import org.lighthouse.testing.RunningBot;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/** Messages leave through the outbox: in order, within Telegram's limits, retried, and never twice. */
class OutboxIntegrationTest {

    /** The bot for the tests whose faults and checks concern their own chat only; each has its own user. */
    @RegisterExtension
    static final BotUnderTest SHARED = new BotUnderTest();

    @TempDir
    Path data;

    /** A 429 with retry_after delays the message by at least that long, and it still arrives, once. */
    @Test
    void tooManyRequestsIsRetriedAfterTheGivenTime() throws Exception {
        long user = 3001;
        FakeTelegram telegram = SHARED.telegram();
        telegram.tooManyRequests("sendmessage", Long.toString(user), 1, 2);
        telegram.userSends(user, "/start");
        Call prompt = telegram.awaitMessages(user, 1).get(0);
        List<Call> attempts = telegram.attempts("sendmessage").stream()
                .filter(c -> c.chatId().equals(Long.toString(user))).toList();
        assertThat(attempts).hasSize(2);
        assertThat(Duration.between(attempts.get(0).at(), attempts.get(1).at())).isGreaterThanOrEqualTo(
                Duration.ofMillis(1900));
        assertThat(prompt.buttonData()).contains("lang:vi");
    }

    /** A person who blocked the bot is not sent to again, and the bot goes on serving others. */
    @Test
    void blockedUserIsNotRetried() throws Exception {
        long blocker = 3002;
        long other = 3003;
        FakeTelegram telegram = SHARED.telegram();
        telegram.blockedBy(Long.toString(blocker));
        telegram.userSends(blocker, "/start");
        telegram.userSends(other, "/start");
        telegram.awaitMessages(other, 1);
        await().atMost(Duration.ofSeconds(10)).until(() -> !telegram.attempts("sendmessage").stream()
                .filter(c -> c.chatId().equals(Long.toString(blocker))).toList().isEmpty());
        Thread.sleep(2500);
        assertThat(telegram.attempts("sendmessage")).filteredOn(c -> c.chatId().equals(Long.toString(blocker)))
                .hasSize(1);
        assertThat(telegram.messagesTo(blocker)).isEmpty();
    }

    /** Server errors are retried with back-off until Telegram takes the message. */
    @Test
    void serverErrorsAreRetried() throws Exception {
        long user = 3004;
        try (FakeTelegram telegram = new FakeTelegram(); RunningBot bot = RunningBot.start(telegram, data)) {
            telegram.serverErrors("sendmessage", 2);
            telegram.userSends(user, "/start");
            telegram.awaitMessages(user, 1);
            Thread.sleep(500);
            assertThat(telegram.attempts("sendmessage")).hasSize(3);
            assertThat(telegram.messagesTo(user)).hasSize(1);
        }
    }

    /** Messages to one chat leave in the order they were written, never faster than the per-chat limit. */
    @Test
    void oneChatsMessagesKeepOrderAndSpacing() throws Exception {
        long user = 3005;
        try (FakeTelegram telegram = new FakeTelegram();
                RunningBot bot = RunningBot.start(telegram, data, "lighthouse.outbox.chat-interval=300ms")) {
            Outbox outbox = bot.bean(Outbox.class);
            List<Reply> replies = IntStream.rangeClosed(1, 5).mapToObj(i -> Reply.text("message " + i)).toList();
            outbox.send(ChatRef.telegram(user), "test-order", replies);
            List<Call> sent = telegram.awaitMessages(user, 5);
            assertThat(sent).extracting(Call::text)
                    .containsExactly("message 1", "message 2", "message 3", "message 4", "message 5");
            for (int i = 1; i < sent.size(); i++) {
                assertThat(Duration.between(sent.get(i - 1).at(), sent.get(i).at()))
                        .isGreaterThanOrEqualTo(Duration.ofMillis(280));
            }
        }
    }

    /** The same batch key accepted twice is sent once. */
    @Test
    void batchAcceptedTwiceIsSentOnce() throws Exception {
        long user = 3006;
        FakeTelegram telegram = SHARED.telegram();
        RunningBot bot = SHARED.bot();
        Outbox outbox = bot.bean(Outbox.class);
        outbox.send(ChatRef.telegram(user), "same-key", List.of(Reply.text("hello")));
        outbox.send(ChatRef.telegram(user), "same-key", List.of(Reply.text("hello")));
        telegram.awaitMessages(user, 1);
        Thread.sleep(500);
        assertThat(telegram.messagesTo(user)).hasSize(1);
    }

    /** Once Telegram took a message, the outbox keeps only its id: the text written to a young person is not kept. */
    @Test
    void sentMessageKeepsNoText() throws Exception {
        long user = 3009;
        FakeTelegram telegram = SHARED.telegram();
        RunningBot bot = SHARED.bot();
        bot.bean(Outbox.class).send(ChatRef.telegram(user), "kept", List.of(Reply.text("a private answer")));
        telegram.awaitMessages(user, 1);
        MongoTemplate mongo = bot.bean(MongoTemplate.class);
        Query sent = Query.query(Criteria.where("_id").is("kept#0").and("status").is("SENT"));
        await().atMost(Duration.ofSeconds(5)).until(() -> mongo.exists(sent, "outbox"));
        Document stored = mongo.findOne(sent, Document.class, "outbox");
        assertThat(stored).doesNotContainKey("reply");
        assertThat(stored.toJson()).doesNotContain("a private answer");
    }

    /** A text longer than Telegram allows is split at a paragraph, and the buttons stay with the last part. */
    @Test
    void longTextIsSplit() throws Exception {
        long user = 3007;
        FakeTelegram telegram = SHARED.telegram();
        RunningBot bot = SHARED.bot();
        String paragraph = "Một đoạn văn dài. ".repeat(150);
        Reply reply = Reply.withButtons(paragraph + "\n\n" + paragraph, List.of(List.of(Button.of("OK", "m:learn"))));
        bot.bean(Outbox.class).send(ChatRef.telegram(user), "long", List.of(reply));
        List<Call> parts = telegram.awaitMessages(user, 2);
        assertThat(parts).allSatisfy(p -> assertThat(p.text().length()).isLessThanOrEqualTo(4096));
        assertThat(parts.get(0).buttonData()).isEmpty();
        assertThat(parts.get(1).buttonData()).containsExactly("m:learn");
        assertThat(telegram.refused()).filteredOn(c -> c.chatId().equals(Long.toString(user))).isEmpty();
    }

    /**
     * Messages waiting in the outbox when the service stops are sent after it starts again, also one stored by a
     * version before broadcasts had a kind and the lease a fence.
     */
    @Test
    void pendingMessagesAreSentAfterRestart() throws Exception {
        long user = 3008;
        try (FakeTelegram telegram = new FakeTelegram()) {
            telegram.serverErrors("sendmessage", Integer.MAX_VALUE);
            try (RunningBot bot = RunningBot.start(telegram, data)) {
                telegram.userSends(user, "/start");
                await().atMost(Duration.ofSeconds(10)).until(() -> !telegram.attempts("sendmessage").isEmpty());
                bot.bean(MongoTemplate.class).updateMulti(Query.query(Criteria.where("status").is("PENDING")),
                        new Update().unset("bulk").unset("fence"), "outbox");
            }
            telegram.clearFaults();
            assertThat(telegram.messagesTo(user)).isEmpty();
            try (RunningBot bot = RunningBot.start(telegram, data)) {
                telegram.awaitMessages(user, 1);
                Thread.sleep(500);
                assertThat(telegram.messagesTo(user)).hasSize(1);
            }
        }
    }
}
