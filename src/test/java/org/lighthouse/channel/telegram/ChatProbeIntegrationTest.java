package org.lighthouse.channel.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lighthouse.channel.ChatProbe;
import org.lighthouse.channel.ChatRef;
import org.lighthouse.channel.Outbox;
import org.lighthouse.channel.Reply;
import org.lighthouse.testing.BotUnderTest;
import org.lighthouse.testing.FakeTelegram;
import org.lighthouse.testing.FakeTelegram.Call;

/** The bot asks Telegram whether it may write to a chat, and passes a message of one chat on to another. */
class ChatProbeIntegrationTest {

    @RegisterExtension
    static final BotUnderTest BOT = new BotUnderTest();
    static FakeTelegram telegram;
    static ChatProbe probe;

    @BeforeAll
    static void share() {
        telegram = BOT.telegram();
        probe = BOT.bot().bean(ChatProbe.class);
    }

    /** A group where the bot is a member, an administrator or the owner, and a known private chat, are fine. */
    @Test
    void chatsTheBotMayWriteToAreFine() {
        telegram.botStatusIn(-100_602, "administrator");
        telegram.botStatusIn(-100_603, "creator");
        assertThat(probe.covers(ChatRef.telegram(-100_601))).isTrue();
        assertThat(probe.covers(ChatRef.web("s1"))).isFalse();
        assertThat(probe.refusal(ChatRef.telegram(-100_601))).isEmpty();
        assertThat(probe.refusal(ChatRef.telegram(-100_602))).isEmpty();
        assertThat(probe.refusal(ChatRef.telegram(-100_603))).isEmpty();
        assertThat(probe.refusal(ChatRef.telegram(6001))).isEmpty();
        assertThat(telegram.refused()).isEmpty();
    }

    /** A chat Telegram does not know, one the bot left or was removed from, or may not send in, is refused, and why. */
    @Test
    void chatsTheBotMayNotWriteToAreRefusedWithTheReason() {
        telegram.unknownChat(-100_611);
        telegram.unknownChat(6011);
        telegram.botStatusIn(-100_612, "left");
        telegram.botStatusIn(-100_613, "kicked");
        telegram.botStatusIn(-100_614, "restricted");
        telegram.membersMayNotWrite(-100_615);
        assertThat(probe.refusal(ChatRef.telegram(-100_611))).get().asString().startsWith("Telegram knows no chat");
        assertThat(probe.refusal(ChatRef.telegram(6011))).get().asString().startsWith("Telegram knows no chat");
        assertThat(probe.refusal(ChatRef.telegram(-100_612))).get().asString().contains("not a member");
        assertThat(probe.refusal(ChatRef.telegram(-100_613))).get().asString().contains("was removed");
        assertThat(probe.refusal(ChatRef.telegram(-100_614))).get().asString().contains("may not send");
        assertThat(probe.refusal(ChatRef.telegram(-100_615))).get().asString().contains("may not send");
        assertThat(telegram.callsOf("getchatmember")).allSatisfy(
                c -> assertThat(c.fields().get("user_id").toString()).isEqualTo(Long.toString(FakeTelegram.BOT_ID)));
        assertThat(telegram.refused()).isEmpty();
    }

    /**
     * A copy passes the message on with copyMessage; one Telegram answers "chat not found" (the receiver's chat or the
     * one copied from) is not tried again, and the receiver still gets what is sent to it next.
     */
    @Test
    void copyPassesAMessageOn() {
        Outbox outbox = BOT.bot().bean(Outbox.class);
        outbox.send(ChatRef.telegram(6021), "test:copy:1", List.of(Reply.copyOf(ChatRef.telegram(6022), "77")));
        Call copy = await().atMost(Duration.ofSeconds(10)).until(() -> telegram.copiesTo(6021), c -> !c.isEmpty())
                .get(0);
        assertThat(copy.fields()).containsEntry("from_chat_id", "6022").containsEntry("message_id", 77);

        telegram.unknownChat(6023);
        outbox.send(ChatRef.telegram(6023), "test:copy:2", List.of(Reply.copyOf(ChatRef.telegram(6022), "78")));
        await().atMost(Duration.ofSeconds(10)).until(() -> !attemptsTo(6023).isEmpty());
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> attemptsTo(6023).size() == 1);

        telegram.errors("copymessage", 1, 400, "Bad Request: chat not found");
        outbox.send(ChatRef.telegram(6021), "test:copy:3", List.of(Reply.copyOf(ChatRef.telegram(6024), "79"),
                Reply.text("still here")));
        telegram.awaitMessage(6021, c -> c.text().equals("still here"));
        assertThat(telegram.refused()).isEmpty();
    }

    private static List<Call> attemptsTo(long chatId) {
        return telegram.attempts("copymessage").stream().filter(c -> c.chatId().equals(Long.toString(chatId)))
                .toList();
    }
}
