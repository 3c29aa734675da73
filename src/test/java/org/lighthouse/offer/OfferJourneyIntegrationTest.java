package org.lighthouse.offer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lighthouse.testing.SafetyNet.GROUP;
import static org.lighthouse.testing.SafetyNet.RESPONDERS;
import static org.lighthouse.testing.SafetyNet.RESPONDERS_CHAT;

import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lighthouse.testing.BotUnderTest;
import org.lighthouse.testing.FakeTelegram;
import org.lighthouse.testing.FakeTelegram.Call;
import org.lighthouse.testing.Person;
import org.lighthouse.testing.RunningBot;
import org.springframework.data.mongodb.core.MongoTemplate;

/** A young person checks an offer before saying yes: forwarded, pasted, or by answering questions. */
class OfferJourneyIntegrationTest {

    static final String AD = "TUYỂN GẤP 10 nữ làm phục vụ nhà hàng bên Trung Quốc, lương 25tr/tháng, không cần hộ chiếu,"
            + " bao ăn ở, đi ngay tuần này. Inbox chị Lan.";

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
     * A forwarded job ad gets its risk, its flags in plain words, what to check and whom to call, and an offer of a
     * person; taking it opens a case that carries the ad. The check is recorded without its text, and the ad is kept
     * out of the person's recent messages.
     */
    @Test
    void forwardedJobAdGetsFlagsChecksAndAPerson() {
        Person person = new Person(telegram, 8101);
        person.chooses("vi");
        telegram.userForwards(8101, AD);
        Call result = person.waitsFor(c -> c.text().startsWith("🔴 RỦI RO CAO"));
        assertThat(result.text()).contains("Qua biên giới không cần hộ chiếu").contains("Lương cao hơn nhiều")
                .contains("Bạn nên:").contains("Cục Quản lý lao động ngoài nước").contains("111");
        assertThat(result.buttonData()).containsExactly("s:talk:offer", "o:again", "m:home");

        person.presses("s:talk:offer");
        person.waitsFor(c -> c.text().startsWith("Mình đã báo cho một người hỗ trợ"));
        Call alert = telegram.awaitMessage(GROUP, c -> c.text().contains("sau khi kiểm tra lời mời"));
        assertThat(alert.text()).contains("TUYỂN GẤP 10 nữ");

        List<Document> records = bot.bean(MongoTemplate.class).findAll(Document.class, "offer_checks");
        assertThat(records).noneSatisfy(r -> assertThat(r.toJson()).contains("TUYỂN"));
        assertThat(bot.bean(MongoTemplate.class).findAll(Document.class, "recentMessages"))
                .as("an offer given to be checked is not the person's own words, and stays out of their conversation")
                .noneSatisfy(r -> assertThat(r.toJson()).contains("TUYỂN"));
        assertThat(records).anySatisfy(r -> assertThat(r.toJson()).contains("FORWARDED").contains("NO_PAPERS_NEEDED")
                .contains("\"risk\": \"HIGH\"").contains("\"language\": \"VI\""));
    }

    /** The guided path for a marriage offer: a kind, then yes / no / not sure questions, then the answer. */
    @Test
    void guidedMarriageCheck() {
        Person person = new Person(telegram, 8102);
        person.chooses("en");
        person.presses("m:offer");
        person.waitsFor(c -> c.text().startsWith("🔎 Paste or forward the offer here"));
        person.presses("o:g");
        person.waitsFor(c -> c.text().equals("What kind of offer is it?"));
        person.presses("o:k:MARRIAGE");
        String[] answers = {"n", "y", "y", "n", "n", "y", "n", "y", "u", "y"};
        int seen = telegram.messagesTo(8102).size();
        Call shown = person.waitsFor(c -> c.text().startsWith("Question 1:"));
        while (shown.text().startsWith("Question ")) {
            assertThat(shown.method()).isEqualTo("editmessagetext");
            String yes = shown.buttonData().get(0);
            int index = Integer.parseInt(yes.split(":")[3]);
            seen = telegram.messagesTo(8102).size();
            person.presses(yes.substring(0, yes.length() - 1) + answers[index]);
            shown = telegram.awaitMessages(8102, seen + 1).get(seen);
        }
        assertThat(shown.text()).startsWith("🔴").contains("this marriage offer")
                .contains("A broker arranges a marriage abroad").contains("It means going abroad")
                .doesNotContain("You are under 18");
        assertThat(shown.buttonData()).contains("s:talk:offer");
    }

    /**
     * A high risk that no flag shown explains says why in plain words: an invitation whose one sign is worded like the
     * lures of the labelled offers (the words model, which raises marriages and invitations, not jobs), and an
     * invitation abroad (a friendship abroad is high by itself).
     */
    @Test
    void highRiskThatNoFlagExplainsSaysWhy() {
        Person person = new Person(telegram, 8106);
        person.chooses("vi");
        person.presses("m:offer");
        person.waitsFor(c -> c.text().startsWith("🔎"));
        person.writes("Chị ở chợ khen em xinh, hẹn chủ nhật dẫn em qua cửa khẩu chơi, chị làm giấy thông hành cho.");
        Call lure = person.waitsFor(c -> c.text().startsWith("🔴 RỦI RO CAO"));
        assertThat(lure.text()).contains("Lời rủ đi chơi xa")
                .contains("Cách viết của lời mời này rất giống những lời mời từng là bẫy lừa");
        assertThat(lure.buttonData()).contains("s:talk:offer");

        person.presses("o:again");
        person.waitsFor(c -> c.text().startsWith("🔎"));
        person.writes("Anh bạn rủ em sang Trung Quốc chơi vài hôm.");
        Call invitation = person.waitsFor(c -> c.text().startsWith("🔴 RỦI RO CAO"));
        assertThat(invitation.text()).contains("Lời rủ sang nước ngoài từ người bạn chưa hiểu rõ")
                .doesNotContain("Cách viết của lời mời này");
    }

    /**
     * A long text sent outside the check that reads like an offer gets a question first, then the answer; one that
     * also worries the safety net gets its gentle question alone (with the offer check among its choices), never two
     * questions at once.
     */
    @Test
    void offerLikeTextGetsAQuestionFirst() {
        Person person = new Person(telegram, 8103);
        person.chooses("vi");
        person.writes("Hợp tác xã chè Hà Giang cần người hái chè theo mùa ở xã bên cạnh, trả công theo ngày như mọi"
                + " năm, có hợp đồng mùa vụ, đi về trong ngày, đăng ký ở ủy ban xã nhé.");
        Call question = person.waitsFor(c -> c.text().contains("Bạn có muốn mình kiểm tra không?"));
        assertThat(question.buttonData()).containsExactly("o:y", "o:n");
        person.presses("o:y");
        person.waitsFor(c -> c.text().startsWith("🟢"));

        person.writes("Chị ơi em có người quen giới thiệu đi làm bên Đài Loan, lương 30 triệu một tháng, phải đóng"
                + " trước 50 triệu tiền hồ sơ, không cần hợp đồng. Em có nên đi không ạ?");
        Call concern = person.waitsFor(c -> c.text().startsWith("Cảm ơn bạn đã kể cho mình."));
        assertThat(concern.buttonData()).contains("s:talk", "m:offer");
        person.writes("/help");
        person.waitsFor(c -> c.text().startsWith("Lighthouse giúp bạn"));
        assertThat(telegram.messagesTo(8103)).filteredOn(c -> c.text().contains("Bạn có muốn mình kiểm tra không?"))
                .hasSize(1);
    }

    /**
     * A job with a named company, a contract and ordinary pay is never called safe: no signs, and the basic checks;
     * and the offer check's answer is the one answer, even where the safety net's triage would have asked gently.
     */
    @Test
    void lowRiskIsNeverCalledSafe() {
        Person person = new Person(telegram, 8104);
        person.chooses("vi");
        person.presses("m:offer");
        person.waitsFor(c -> c.text().startsWith("🔎"));
        person.writes("Công ty TNHH May Sông Lô tuyển công nhân may tại khu công nghiệp Long Bình An, Tuyên Quang."
                + " Lương 7 triệu/tháng, ký hợp đồng lao động, đóng BHXH, làm giờ hành chính. Nộp hồ sơ tại phòng"
                + " nhân sự của công ty.");
        Call result = person.waitsFor(c -> c.text().startsWith("🟢"));
        assertThat(result.text()).contains("chưa có nghĩa là lời mời an toàn").contains("111");
        assertThat(result.buttonData()).doesNotContain("s:talk:offer");
        assertThat(telegram.messagesTo(8104)).as("one answer, not a safety prompt beside it")
                .noneMatch(c -> c.text().startsWith("Cảm ơn bạn đã kể cho mình."));
    }

    /**
     * Odd input in the check: a photo Telegram has no file for gets a clear note; a very short text asks for more or
     * the questions.
     */
    @Test
    void oddInputGetsAClearAnswer() {
        long user = 8105;
        Person person = new Person(telegram, user);
        person.chooses("en");
        person.presses("m:offer");
        person.waitsFor(c -> c.text().startsWith("🔎"));
        var photo = telegram.privateMessage(user);
        photo.putArray("photo").addObject().put("file_id", "f").put("file_unique_id", "u").put("width", 9)
                .put("height", 9);
        telegram.push("message", photo);
        person.waitsFor(c -> c.text().startsWith("I couldn't open this picture. Please type the main points"));
        person.writes("ok");
        Call tooLittle = person.waitsFor(c -> c.text().startsWith("That is too short for me to judge."));
        assertThat(tooLittle.buttonData()).contains("o:g");
        person.writes(("việc nhẹ lương cao đi ngay " + "a".repeat(40) + " ").repeat(100).substring(0, 4096));
        person.waitsFor(c -> c.text().contains("RISK") || c.text().startsWith("🟢"));
    }
}
