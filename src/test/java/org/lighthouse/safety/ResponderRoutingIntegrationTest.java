package org.lighthouse.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lighthouse.testing.SafetyNet.GROUP;
import static org.lighthouse.testing.SafetyNet.RESPONDERS;
import static org.lighthouse.testing.SafetyNet.RESPONDERS_CHAT;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lighthouse.testing.BotUnderTest;
import org.lighthouse.testing.FakeTelegram;
import org.lighthouse.testing.FakeTelegram.Call;
import org.lighthouse.testing.Person;
import org.lighthouse.testing.RunningBot;
import org.lighthouse.testing.SafetyNet;

/**
 * A responder's words reach the child they are meant for, and what a child sends (a voice note, a location) reaches
 * their responder. Each test has its own responder, so that the cases of one do not mix with another's.
 */
class ResponderRoutingIntegrationTest {

    static final long LAN = 9101;
    static final long TUAN = 9102;
    static final long MAI = 9103;

    @RegisterExtension
    static final BotUnderTest BOT = new BotUnderTest(RESPONDERS_CHAT, "lighthouse.safety.responders=" + LAN + ":Lan,"
            + TUAN + ":Tuan," + MAI + ":Mai");
    static FakeTelegram telegram;
    static RunningBot bot;

    @BeforeAll
    static void share() {
        telegram = BOT.telegram();
        bot = BOT.bot();
    }

    /**
     * Lan holds two cases. A reply to a relayed message goes to that message's child, whichever case she took last;
     * words that are no reply are not guessed: refused with a hint, and nobody gets them.
     */
    @Test
    void responderWithTwoCasesReachesEachChild() {
        Person first = new Person(telegram, 7301);
        Person second = new Person(telegram, 7302);
        first.chooses("vi");
        second.chooses("vi");
        String firstCase = SafetyNet.caseOpenedBy(bot, telegram, first, "SOS");
        String secondCase = SafetyNet.caseOpenedBy(bot, telegram, second, "cứu em với");
        SafetyNet.claims(telegram, LAN, firstCase);
        SafetyNet.claims(telegram, LAN, secondCase);

        first.writes("bố em lại đánh mẹ em");
        Call fromFirst = telegram.awaitMessage(LAN, c -> c.text().equals("💬 " + firstCase + ": bố em lại đánh mẹ em"));
        second.writes("em đang ở bến xe");
        Call fromSecond = telegram.awaitMessage(LAN, c -> c.text().equals("💬 " + secondCase + ": em đang ở bến xe"));

        telegram.userRepliesTo(LAN, fromFirst, "Em và mẹ có an toàn không?");
        first.waitsFor(c -> c.text().equals("💬 Người hỗ trợ Lan: Em và mẹ có an toàn không?"));
        telegram.userRepliesTo(LAN, fromSecond, "Em ở bến xe nào?");
        second.waitsFor(c -> c.text().equals("💬 Người hỗ trợ Lan: Em ở bến xe nào?"));
        assertThat(telegram.messagesTo(7302)).noneMatch(c -> c.text().contains("Em và mẹ"));
        assertThat(telegram.messagesTo(7301)).noneMatch(c -> c.text().contains("bến xe nào"));

        telegram.userSends(LAN, "Mình ở đây nhé");
        Call hint = telegram.awaitMessage(LAN, c -> c.text().startsWith("Bạn đang giữ 2 ca"));
        assertThat(hint.text()).contains(firstCase).contains(secondCase);
        assertThat(telegram.messagesTo(7301)).noneMatch(c -> c.text().contains("Mình ở đây nhé"));
        assertThat(telegram.messagesTo(7302)).noneMatch(c -> c.text().contains("Mình ở đây nhé"));

        telegram.userSends(LAN, "/close");
        telegram.awaitMessage(LAN, c -> c.text().startsWith("Bạn đang giữ 2 ca") && c != hint);
        telegram.userSends(LAN, "/close " + secondCase);
        telegram.awaitMessage(LAN, c -> c.text().startsWith("Đóng ca " + secondCase));
    }

    /**
     * A voice note and a location sent in a case reach the responder as Telegram's own copies, each announced with
     * its case; the case keeps only what kind of thing they were, never the coordinates. What was sent before anyone
     * claimed the case reaches the responder who claims it.
     */
    @Test
    void voiceNoteAndLocationReachTheResponder() {
        long user = 7303;
        Person person = new Person(telegram, user);
        person.chooses("vi");
        String caseId = SafetyNet.caseOpenedBy(bot, telegram, person, "SOS");
        int early = send(user, "voice");
        SafetyNet.claims(telegram, TUAN, caseId);
        Call earlyCopy = telegram.awaitMessage(TUAN, c -> c.method().equals("copymessage"));
        assertThat(earlyCopy.fields()).containsEntry("from_chat_id", Long.toString(user));
        assertThat(String.valueOf(earlyCopy.fields().get("message_id"))).isEqualTo(Integer.toString(early));

        int location = send(user, "location");
        telegram.awaitMessage(TUAN, c -> c.text().equals("💬 " + caseId + ": [📍 vị trí]"));
        telegram.awaitMessage(TUAN, c -> c.method().equals("copymessage")
                && String.valueOf(c.fields().get("message_id")).equals(Integer.toString(location)));

        telegram.userSends(TUAN, "/cases");
        Call cases = telegram.awaitMessage(TUAN, c -> c.text().startsWith("Bạn đang giữ 1 ca"));
        telegram.userPresses(TUAN, FakeTelegram.messageId(cases), "s:use:" + caseId);
        Call transcript = telegram.awaitMessage(TUAN, c -> c.text().startsWith("Nhật ký ca " + caseId));
        assertThat(transcript.text()).contains("[🎤 tin nhắn thoại]").contains("[📍 vị trí]")
                .doesNotContain("22.8").doesNotContain("104.9");
    }

    /** What the channel cannot pass on is reported to the responder, with what to do. */
    @Test
    void whatCannotBeRelayedIsReported() {
        long user = 7304;
        Person person = new Person(telegram, user);
        person.chooses("vi");
        String caseId = SafetyNet.caseOpenedBy(bot, telegram, person, "SOS");
        SafetyNet.claims(telegram, MAI, caseId);
        telegram.refuses("copymessage", "message to copy not found");
        send(user, "voice");
        Call lost = telegram.awaitMessage(MAI, c -> c.text().startsWith("⚠️ Ca " + caseId + ": không chuyển được"));
        assertThat(lost.text()).contains("viết bằng chữ");
        telegram.clearFaults();
    }

    /** The person sends a voice note or a location; returns its message id. */
    private static int send(long user, String what) {
        ObjectNode message = telegram.privateMessage(user);
        if (what.equals("voice")) {
            message.putObject("voice").put("file_id", "v1").put("file_unique_id", "uv1").put("duration", 4);
        } else {
            message.putObject("location").put("latitude", 22.8234).put("longitude", 104.9812);
        }
        telegram.push("message", message);
        return message.get("message_id").asInt();
    }
}
