package org.lighthouse.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lighthouse.testing.SafetyNet.GROUP;
import static org.lighthouse.testing.SafetyNet.HOA;
import static org.lighthouse.testing.SafetyNet.RESPONDERS;
import static org.lighthouse.testing.SafetyNet.RESPONDERS_CHAT;

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
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/** A young person sees what the bot keeps about them, and deletes it. */
class MyDataIntegrationTest {

    @RegisterExtension
    static final BotUnderTest BOT = new BotUnderTest(RESPONDERS, RESPONDERS_CHAT);
    static FakeTelegram telegram;
    static RunningBot bot;

    @BeforeAll
    static void share() {
        telegram = BOT.telegram();
        bot = BOT.bot();
    }

    /** /mydata lists language and learning; delete asks once more, then nothing of the person is left. */
    @Test
    void seeThenDeleteEverything() {
        long user = 8201;
        Person person = new Person(telegram, user);
        person.chooses("en");
        person.presses("l:o:sm-1");
        person.waitsFor(c -> c.text().contains("(1/"));
        person.writes("/mydata");
        Call mine = person.waitsFor(c -> c.text().startsWith("🔒 What Lighthouse keeps about you:"));
        assertThat(mine.text()).contains("The language you chose: English").contains("0 lessons finished")
                .contains("never keep your phone number");
        person.presses("p:ask");
        person.waitsFor(c -> c.text().startsWith("Delete your language"));
        person.presses("p:yes");
        person.waitsFor(c -> c.text().startsWith("Your data is deleted."));

        MongoTemplate mongo = bot.bean(MongoTemplate.class);
        String chat = "tg:" + user;
        assertThat(mongo.count(Query.query(Criteria.where("_id").is(chat)), "dialogues")).isZero();
        assertThat(mongo.count(Query.query(Criteria.where("_id").is(chat)), "progress")).isZero();
        assertThat(mongo.count(Query.query(Criteria.where("learner").is(chat)), "quiz_attempts")).isZero();
        assertThat(mongo.count(Query.query(Criteria.where("chat.id").is(Long.toString(user))
                .and("status").is("SENT")), "outbox")).isLessThanOrEqualTo(1);

        person.writes("/start");
        person.waitsFor(c -> c.text().contains("Which language would you like to talk in?")
                && telegram.messagesTo(user).indexOf(c) > 3);
    }

    /** A closed case of a person who deletes their data keeps its figures but nothing that links it to them. */
    @Test
    void closedCaseIsAnonymised() {
        long user = 8202;
        Person person = new Person(telegram, user);
        person.chooses("vi");
        person.writes("SOS");
        Call alert = telegram.awaitMessage(GROUP, c -> c.text().contains("KHẨN CẤP") && c.text().contains("SOS"));
        String caseId = alert.buttonData().get(0).substring("s:claim:".length());
        telegram.userPressesIn(HOA, FakeTelegram.groupChat(GROUP), FakeTelegram.messageId(alert),
                alert.buttonData().get(0));
        telegram.awaitMessage(HOA, c -> c.text().startsWith("Bạn đã nhận ca " + caseId));
        telegram.userPresses(HOA, 1, "s:ref:" + caseId + ":SAFE_NOW:NONE");
        person.waitsFor(c -> c.text().startsWith("Cuộc trò chuyện với người hỗ trợ Hoa đã kết thúc."));

        person.writes("/delete");
        person.waitsFor(c -> c.text().startsWith("Xoá hết ngôn ngữ"));
        person.presses("p:yes");
        person.waitsFor(c -> c.text().startsWith("Đã xoá dữ liệu của bạn."));
        Document stored = bot.bean(MongoTemplate.class).findById(caseId, Document.class, "cases");
        assertThat(stored.getString("chat")).isEqualTo("erased");
        assertThat(stored.getList("transcript", Object.class)).isEmpty();
        assertThat(stored.getString("outcome")).isEqualTo("SAFE_NOW");
        assertThat(stored.toJson()).doesNotContain(Long.toString(user));
    }
}
