package org.lighthouse.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lighthouse.testing.SafetyNet.GROUP;
import static org.lighthouse.testing.SafetyNet.HOA;
import static org.lighthouse.testing.SafetyNet.MINH;
import static org.lighthouse.testing.SafetyNet.RESPONDERS;
import static org.lighthouse.testing.SafetyNet.RESPONDERS_CHAT;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lighthouse.testing.BotUnderTest;
import org.lighthouse.testing.FakeTelegram;
import org.lighthouse.testing.FakeTelegram.Call;
import org.lighthouse.testing.Person;
import org.lighthouse.testing.RunningBot;

/** Danger reaches a person: hotline at once, a case, an alert, a claim, a conversation through the bot, a close. */
class SafetyJourneyIntegrationTest {

    @RegisterExtension
    static final BotUnderTest BOT = new BotUnderTest(RESPONDERS, RESPONDERS_CHAT);
    static FakeTelegram telegram;
    static RunningBot bot;

    @BeforeAll
    static void share() {
        telegram = BOT.telegram();
        bot = BOT.bot();
    }

    /**
     * An urgent message gets 113 and 111 at once; responders are alerted in their group, in plain words; a stranger
     * who presses Claim hears privately that they cannot; Hoa claims and the group hears so; messages go both ways,
     * signed with her alias only; Minh hears privately that it is taken; notes and a close with an outcome and
     * referral; the person is told and goes back to the bot.
     */
    @Test
    void urgentMessageReachesAResponderAndBack() {
        long user = 7001;
        Person person = new Person(telegram, user);
        person.chooses("vi");
        person.writes("họ lấy hộ chiếu của em rồi khóa cửa, em không ra được");
        Call urgent = person.waitsFor(c -> c.text().startsWith("Mình ở đây với bạn."));
        assertThat(urgent.text()).contains("113").contains("111");
        person.waitsFor(c -> c.text().startsWith("Mình đã báo cho một người hỗ trợ"));

        Call alert = telegram.awaitMessage(GROUP, c -> c.text().contains("KHẨN CẤP")
                && c.text().contains("«họ lấy hộ chiếu"));
        assertThat(alert.text()).contains("Telegram · Tiếng Việt").contains("Đang làm: ở menu chính")
                .contains("Dấu hiệu: ").doesNotContain("model:").doesNotContain("Đang làm: menu");
        String claim = alert.buttonData().get(0);
        assertThat(claim).startsWith("s:claim:C-");
        String caseId = claim.substring("s:claim:".length());
        int groupBefore = telegram.messagesTo(GROUP).size();

        telegram.userPressesIn(7777, FakeTelegram.groupChat(GROUP), FakeTelegram.messageId(alert), claim);
        telegram.awaitMessage(7777, c -> c.text().equals("Chỉ người hỗ trợ đã đăng ký mới nhận được ca."));
        telegram.userPressesIn(HOA, FakeTelegram.groupChat(GROUP), FakeTelegram.messageId(alert), claim);
        Call claimed = telegram.awaitMessage(GROUP, c -> c.text().contains("Hoa đã nhận"));
        assertThat(claimed.text()).isEqualTo("✅ 🔴 KHẨN CẤP · ca " + caseId + ": Hoa đã nhận.");
        assertThat(telegram.messagesTo(GROUP)).hasSize(groupBefore + 1);
        Call briefing = telegram.awaitMessage(HOA, c -> c.text().startsWith("Bạn đã nhận ca " + caseId));
        assertThat(briefing.text()).contains("«Hoa»").contains("👤: họ lấy hộ chiếu").contains("🤖: Mình ở đây với bạn.");
        Call here = person.waitsFor(c -> c.text().contains("Người hỗ trợ Hoa đang ở đây với bạn"));
        assertThat(here.buttonData()).containsExactly("s:exit");

        person.writes("em đang ở một nhà nghỉ, số của em là 0912 345 678");
        Call relayedToHoa = telegram.awaitMessage(HOA, c -> c.text().equals("💬 " + caseId
                + ": em đang ở một nhà nghỉ, số của em là [phone]"));
        telegram.userRepliesTo(HOA, relayedToHoa, "Em có an toàn không? Em ở nhà nghỉ nào?");
        Call relayed = person.waitsFor(c -> c.text().contains("Em có an toàn không?"));
        assertThat(relayed.text()).isEqualTo("💬 Người hỗ trợ Hoa: Em có an toàn không? Em ở nhà nghỉ nào?")
                .doesNotContain("User" + HOA);

        telegram.userPressesIn(MINH, FakeTelegram.groupChat(GROUP), FakeTelegram.messageId(alert), claim);
        telegram.awaitMessage(MINH, c -> c.text().equals("Ca " + caseId + " đã có Hoa nhận rồi."));
        assertThat(telegram.messagesTo(GROUP)).hasSize(groupBefore + 1);

        person.presses("l:o:sm-1");
        Call quiet = person.waitsFor(c -> c.text().startsWith("Bạn đang trò chuyện với người hỗ trợ"));
        assertThat(quiet.buttonData()).containsExactly("s:exit");

        telegram.userSends(HOA, "/note đã gọi 113 giúp em");
        telegram.awaitMessage(HOA, c -> c.text().equals("📝 Đã lưu ghi chú cho ca " + caseId + "."));
        telegram.userSends(HOA, "/close");
        Call outcomes = telegram.awaitMessage(HOA, c -> c.text().startsWith("Đóng ca " + caseId));
        telegram.userPresses(HOA, FakeTelegram.messageId(outcomes), "s:out:" + caseId + ":REFERRED");
        Call referrals = telegram.awaitMessage(HOA, c -> c.text().contains("chuyển tiếp tới đâu?"));
        telegram.userPresses(HOA, FakeTelegram.messageId(referrals), "s:ref:" + caseId + ":REFERRED:POLICE");
        telegram.awaitMessage(HOA, c -> c.text().equals("Đã đóng ca " + caseId + ": Đã chuyển tiếp · Công an."));
        Call closing = person.waitsFor(c -> c.text().startsWith("Cuộc trò chuyện với người hỗ trợ Hoa đã kết thúc."));
        assertThat(closing.buttonData()).containsExactly("m:home");

        person.writes("/menu");
        person.waitsFor(c -> c.text().equals("Bạn muốn làm gì?") && c.buttonData().contains("m:learn")
                && telegram.messagesTo(user).indexOf(c) > telegram.messagesTo(user).indexOf(closing));
        assertThat(telegram.refused()).isEmpty();
    }

    /**
     * Hoa offers a case to Minh, and keeps it until Minh accepts; then Minh gets the briefing and talks with the
     * person; the person leaves with one tap (Minh is told), gets the bot back, and can return with "Talk to a person".
     */
    @Test
    void handOverIsAcceptedThenLeaveAndReturn() {
        long user = 7006;
        Person person = new Person(telegram, user);
        person.chooses("en");
        person.writes("SOS");
        Call alert = telegram.awaitMessage(GROUP, c -> c.text().contains("English") && c.text().contains("«SOS»"));
        String caseId = alert.buttonData().get(0).substring("s:claim:".length());
        telegram.userPressesIn(HOA, FakeTelegram.groupChat(GROUP), FakeTelegram.messageId(alert),
                alert.buttonData().get(0));
        telegram.awaitMessage(HOA, c -> c.text().startsWith("Bạn đã nhận ca " + caseId));
        telegram.userSends(HOA, "/handover Minh");
        telegram.awaitMessage(HOA, c -> c.text().startsWith("Đã đề nghị Minh nhận ca " + caseId));
        Call offer = telegram.awaitMessage(MINH, c -> c.text().contains("muốn chuyển cho bạn ca " + caseId));
        assertThat(offer.buttonData()).containsExactly("s:acc:" + caseId, "s:dec:" + caseId);
        person.writes("are you there?");
        telegram.awaitMessage(HOA, c -> c.text().equals("💬 " + caseId + ": are you there?"));

        telegram.userPresses(MINH, FakeTelegram.messageId(offer), "s:acc:" + caseId);
        telegram.awaitMessage(MINH, c -> c.text().startsWith("Bạn đã nhận ca " + caseId) && c.text().contains("«Minh»"));
        telegram.awaitMessage(HOA, c -> c.text().equals("Đã chuyển ca " + caseId + " cho Minh."));
        person.waitsFor(c -> c.text().equals("Minh will continue the conversation with you."));
        telegram.userSends(MINH, "I am here. Are you hurt?");
        person.waitsFor(c -> c.text().equals("💬 Minh, helping you: I am here. Are you hurt?"));
        person.writes("no, I am ok now");
        telegram.awaitMessage(MINH, c -> c.text().equals("💬 " + caseId + ": no, I am ok now"));

        person.presses("s:exit");
        person.waitsFor(c -> c.text().startsWith("You left the conversation."));
        telegram.awaitMessage(MINH, c -> c.text().contains("ca " + caseId + " đã rời cuộc trò chuyện"));
        person.presses("m:learn");
        person.waitsFor(c -> c.text().startsWith("📚 Which topic"));
        telegram.userSends(MINH, "Write to me any time.");
        Call reply = person.waitsFor(c -> c.text().equals("💬 Minh, helping you: Write to me any time."));
        assertThat(reply.buttonData()).containsExactly("s:talk");
        person.presses("s:talk");
        person.waitsFor(c -> c.text().startsWith("You are back in the conversation."));
        telegram.awaitMessage(MINH, c -> c.text().contains("ca " + caseId + " đã quay lại"));
    }

    /** The safe word from inside a lesson opens an urgent case that says what the person was doing. */
    @Test
    void safeWordFromInsideALesson() {
        long user = 7002;
        Person person = new Person(telegram, user);
        person.chooses("en");
        person.presses("l:o:sm-2");
        person.waitsFor(c -> c.text().contains("(1/"));
        person.writes("cuu");
        person.waitsFor(c -> c.text().startsWith("I'm here with you."));
        Call alert = telegram.awaitMessage(GROUP, c -> c.text().contains("SOS") && c.text().contains("đang học bài"));
        assertThat(alert.text()).contains("KHẨN CẤP").contains("English");
    }

    /** A message of concern gets a gentle question, the fitting lesson and the offer check; "yes" opens a case. */
    @Test
    void concernGetsAGentleOfferOfAPerson() {
        long user = 7003;
        Person person = new Person(telegram, user);
        person.chooses("vi");
        person.writes("có bác môi giới nói sẽ tìm cho em chồng bên Trung Quốc, nhà em được 50 triệu, em có nên đi không");
        Call concern = person.waitsFor(c -> c.text().startsWith("Cảm ơn bạn đã kể cho mình."));
        assertThat(concern.buttonData()).containsExactly("s:talk", "m:offer", "l:o:kt-3", "s:no");
        person.presses("s:talk");
        person.waitsFor(c -> c.text().startsWith("Mình đã báo cho một người hỗ trợ"));
        telegram.awaitMessage(GROUP, c -> c.text().contains("CẦN QUAN TÂM") && c.text().contains("tự chọn"));
    }

    /** Harmless uses of alarming words, and questions about trafficking, do not raise anything. */
    @Test
    void harmlessMessagesDoNotEscalate() throws Exception {
        long user = 7004;
        Person person = new Person(telegram, user);
        person.chooses("en");
        int alerts = telegram.messagesTo(GROUP).size();
        person.writes("I sold my bike yesterday");
        person.waitsFor(c -> c.text().startsWith("I didn't understand that."));
        person.writes("what is human trafficking?");
        person.waitsFor(c -> c.text().startsWith("I didn't understand that.") && telegram.messagesTo(user).size() > 6);
        Thread.sleep(300);
        assertThat(telegram.messagesTo(GROUP)).hasSize(alerts);
    }

    /** A first message in H'mong, before any language is chosen, is answered in H'mong, and responders see so. */
    @Test
    void firstCryForHelpInHmongIsAnsweredInHmong() {
        long user = 7007;
        telegram.userSends(user, "pab kuv, lawv kaw kuv hauv tsev thiab muab kuv daim ntawv hla tebchaws lawm");
        Call urgent = telegram.awaitMessage(user, c -> c.text().contains("113"));
        assertThat(urgent.text()).startsWith("Kuv nyob ntawm no nrog koj.");
        Call alert = telegram.awaitMessage(GROUP, c -> c.text().contains("«pab kuv, lawv kaw kuv"));
        assertThat(alert.text()).contains("Hmoob");
    }

    /**
     * Everyday words after choosing a language raise nothing: "I'm still here", or giving one's number and village,
     * are no danger, and nobody is shut in a case.
     */
    @Test
    void everydayWordsRaiseNoAlarm() {
        long user = 7008;
        Person person = new Person(telegram, user);
        person.chooses("vi");
        int alerts = telegram.messagesTo(GROUP).size();
        person.writes("chi oi em van o day");
        person.waitsFor(c -> c.text().startsWith("Mình chưa hiểu ý bạn."));
        person.writes("so dien thoai cua em 0912345678, em o Meo Vac");
        person.waitsFor(c -> c.text().startsWith("Mình chưa hiểu ý bạn."));
        person.presses("m:learn");
        person.waitsFor(c -> c.text().startsWith("📚"));
        assertThat(telegram.messagesTo(GROUP)).hasSize(alerts);
    }

    /** Forged safety buttons change nothing: a case that does not exist, a close by someone who does not have it. */
    @Test
    void forgedSafetyButtonsChangeNothing() {
        long user = 7005;
        Person person = new Person(telegram, user);
        person.chooses("en");
        telegram.userPresses(HOA, 1, "s:claim:C-NOPE00");
        telegram.awaitMessage(HOA, c -> c.text().startsWith("Nút này không còn dùng được"));
        person.presses("s:ref:C-NOPE00:REFERRED:POLICE");
        person.presses("s:out:C-NOPE00:NONSENSE");
        person.presses("s:claim");
        person.presses("s:::");
        person.presses("s:exit:x");
        person.presses("s:talk:offer:extra");
        List<Call> answers = telegram.awaitMessages(user, 16);
        assertThat(answers.subList(4, 16)).extracting(Call::text).containsOnly(
                "That button doesn't work any more. No problem, choose again below.", "What would you like to do?");
    }
}
