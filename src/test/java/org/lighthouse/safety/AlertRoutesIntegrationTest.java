package org.lighthouse.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lighthouse.testing.SafetyNet.GROUP;
import static org.lighthouse.testing.SafetyNet.HOA;
import static org.lighthouse.testing.SafetyNet.MINH;
import static org.lighthouse.testing.SafetyNet.RESPONDERS;
import static org.lighthouse.testing.SafetyNet.RESPONDERS_CHAT;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lighthouse.testing.FakeTelegram;
import org.lighthouse.testing.FakeTelegram.Call;
import org.lighthouse.testing.Person;
import org.lighthouse.testing.RunningBot;

/**
 * Where alerts go, and what a person is promised: nothing, unless an alert can reach a responder; the responders'
 * group while it takes the bot's messages, else their private chats.
 */
class AlertRoutesIntegrationTest {

    @TempDir
    Path data;

    /**
     * With no responder configured, danger gets 111 and 113 plainly, the honest news that nobody is online here, and
     * the menus: the person is not shut in a case; "Talk to a person" says the same; a message of concern offers 111
     * rather than a person; health shows it.
     */
    @Test
    void withoutRespondersNobodyIsPromised() throws Exception {
        try (FakeTelegram telegram = new FakeTelegram(); RunningBot bot = RunningBot.start(telegram, data)) {
            long user = 7201;
            Person person = new Person(telegram, user);
            person.chooses("vi");
            person.writes("cứu em với, họ lấy hộ chiếu của em rồi khóa cửa");
            Call urgent = person.waitsFor(c -> c.text().startsWith("Mình ở đây với bạn."));
            assertThat(urgent.text()).contains("113").contains("111");
            person.waitsFor(c -> c.text().startsWith("Ở đây hiện không có người hỗ trợ trực tuyến."));
            person.waitsFor(c -> c.text().equals("Bạn muốn làm gì?"));
            assertThat(telegram.messagesTo(user)).noneMatch(c -> c.text().contains("Mình đã báo cho một người hỗ trợ"));

            person.writes("/mydata");
            person.waitsFor(c -> c.text().startsWith("🔒"));
            person.presses("m:talk");
            person.waitsFor(c -> c.text().startsWith("Ở đây hiện không có người hỗ trợ trực tuyến."));
            person.presses("m:learn");
            person.waitsFor(c -> c.text().startsWith("📚"));
            person.writes("có bác môi giới nói sẽ tìm cho em chồng bên Trung Quốc, nhà em được 50 triệu, em có nên đi"
                    + " không");
            Call concern = person.waitsFor(c -> c.text().startsWith("Cảm ơn bạn đã kể cho mình."));
            assertThat(concern.text()).contains("111").doesNotContain("người hỗ trợ đã được đào tạo");
            assertThat(concern.buttonData()).doesNotContain("s:talk").contains("m:offer");
            assertThat(telegram.messagesTo(user)).noneMatch(c -> c.text().contains("Mình đã báo cho một người hỗ trợ"));

            JsonNode health = bot.health();
            assertThat(health.at("/components/safetyNet/status").asText()).isEqualTo("DEGRADED");
            assertThat(health.at("/components/safetyNet/details/responders").asText()).contains("LIGHTHOUSE_RESPONDERS");
        }
    }

    /**
     * The responders' group refuses the bot (it was removed): the alert goes to each responder's private chat
     * instead, and health says so; a person waiting is still told the truth.
     */
    @Test
    void refusedGroupFallsBackToPrivateChats() throws Exception {
        try (FakeTelegram telegram = new FakeTelegram();
                RunningBot bot = RunningBot.start(telegram, data, RESPONDERS, RESPONDERS_CHAT)) {
            telegram.blockedBy(Long.toString(GROUP));
            long user = 7202;
            Person person = new Person(telegram, user);
            person.chooses("en");
            person.writes("SOS");
            person.waitsFor(c -> c.text().startsWith("I have told a trained person"));
            Call toHoa = telegram.awaitMessage(HOA, c -> c.text().contains("«SOS»"));
            telegram.awaitMessage(MINH, c -> c.text().contains("«SOS»"));
            assertThat(toHoa.buttonData().get(0)).startsWith("s:claim:C-");
            JsonNode health = bot.health();
            assertThat(health.at("/components/safetyNet/status").asText()).isEqualTo("DEGRADED");
            assertThat(health.at("/components/safetyNet/details/respondersGroup").asText()).contains("private chats");

            telegram.userPresses(HOA, FakeTelegram.messageId(toHoa), toHoa.buttonData().get(0));
            person.waitsFor(c -> c.text().contains("Hoa, a person who helps, is here with you"));
        }
    }

    /**
     * A responders' group the bot was never added to is found at start: health says so at once, and the first alert
     * goes to the responders' private chats without first being refused by the group.
     */
    @Test
    void groupWithoutTheBotIsFoundAtStart() throws Exception {
        try (FakeTelegram telegram = new FakeTelegram()) {
            telegram.botStatusIn(GROUP, "left");
            try (RunningBot bot = RunningBot.start(telegram, data, RESPONDERS, RESPONDERS_CHAT)) {
                JsonNode health = bot.health();
                assertThat(health.at("/components/safetyNet/status").asText()).isEqualTo("DEGRADED");
                assertThat(health.at("/components/safetyNet/details/respondersGroup").asText())
                        .contains("private chats");
                Person person = new Person(telegram, 7203);
                person.chooses("en");
                person.writes("SOS");
                telegram.awaitMessage(HOA, c -> c.text().contains("«SOS»"));
                assertThat(telegram.attempts("sendmessage")).noneMatch(c -> c.chatId().equals(Long.toString(GROUP)));
            }
        }
    }
}
