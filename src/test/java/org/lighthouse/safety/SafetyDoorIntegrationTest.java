package org.lighthouse.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lighthouse.testing.SafetyNet.GROUP;
import static org.lighthouse.testing.SafetyNet.HOA;
import static org.lighthouse.testing.SafetyNet.RESPONDERS;
import static org.lighthouse.testing.SafetyNet.RESPONDERS_CHAT;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lighthouse.safety.SafetyCase;
import org.lighthouse.safety.escalation.CaseStore;
import org.lighthouse.testing.BotUnderTest;
import org.lighthouse.testing.FakeTelegram;
import org.lighthouse.testing.FakeTelegram.Call;
import org.lighthouse.testing.Person;
import org.lighthouse.testing.RunningBot;
import org.lighthouse.testing.SafetyNet;

/**
 * A person talking with the safety net is never locked in: help, their data, deletion and the menu stay one command
 * or one tap away; and danger is heard however it is written, after a slash too.
 */
class SafetyDoorIntegrationTest {

    @RegisterExtension
    static final BotUnderTest BOT = new BotUnderTest(RESPONDERS, RESPONDERS_CHAT);
    static FakeTelegram telegram;
    static RunningBot bot;

    @BeforeAll
    static void share() {
        telegram = BOT.telegram();
        bot = BOT.bot();
    }

    /** In an open case /help and /mydata answer, a stale lesson button offers the way out, and one tap takes it. */
    @Test
    void doorStaysOpenDuringACase() {
        long user = 7101;
        Person person = new Person(telegram, user);
        person.chooses("en");
        String caseId = SafetyNet.caseOpenedBy(bot, telegram, person, "SOS");
        person.writes("/help");
        person.waitsFor(c -> c.text().startsWith("Lighthouse helps you"));
        person.writes("/mydata");
        person.waitsFor(c -> c.text().startsWith("🔒"));
        person.presses("l:o:sm-1");
        Call quiet = person.waitsFor(c -> c.text().startsWith("You are talking with a person who helps"));
        assertThat(quiet.buttonData()).containsExactly("s:exit");
        person.presses("s:exit");
        person.waitsFor(c -> c.text().startsWith("You left the conversation."));
        person.waitsFor(c -> c.text().equals("What would you like to do?"));
        person.presses("m:learn");
        person.waitsFor(c -> c.text().startsWith("📚 Which topic"));
        assertThat(bot.bean(CaseStore.class).find(caseId)).get().extracting(SafetyCase::userLeft).isEqualTo(true);
    }

    /** /menu during a case takes the person back to the bot; the responder hears that they left. */
    @Test
    void menuCommandLeavesTheConversation() {
        long user = 7102;
        Person person = new Person(telegram, user);
        person.chooses("vi");
        String caseId = SafetyNet.caseOpenedBy(bot, telegram, person, "cứu em với");
        SafetyNet.claims(telegram, HOA, caseId);
        person.writes("/menu");
        person.waitsFor(c -> c.text().startsWith("Bạn đã rời cuộc trò chuyện."));
        person.waitsFor(c -> c.text().equals("Bạn muốn làm gì?"));
        telegram.awaitMessage(HOA, c -> c.text().contains("ca " + caseId + " đã rời cuộc trò chuyện"));
    }

    /**
     * /delete during a claimed case: the data goes at once, the case forgets the person, the responder is told and
     * their next words are not delivered; the person never hears of the case again.
     */
    @Test
    void deleteDuringAClaimedCase() {
        long user = 7103;
        Person person = new Person(telegram, user);
        person.chooses("en");
        String caseId = SafetyNet.caseOpenedBy(bot, telegram, person,
                "they took my passport and locked me in the room");
        SafetyNet.claims(telegram, HOA, caseId);
        person.waitsFor(c -> c.text().contains("is here with you"));
        person.writes("/delete");
        person.waitsFor(c -> c.text().startsWith("Delete your language"));
        person.presses("p:yes");
        person.waitsFor(c -> c.text().startsWith("Your data is deleted."));
        Call erased = telegram.awaitMessage(HOA, c -> c.text().startsWith("ℹ️ Người dùng của ca " + caseId
                + " đã xoá dữ liệu"));
        SafetyCase forgotten = bot.bean(CaseStore.class).find(caseId).orElseThrow();
        assertThat(forgotten.transcript()).isEmpty();
        assertThat(forgotten.chat()).isEqualTo("erased");
        int heard = telegram.messagesTo(user).size();

        telegram.userRepliesTo(HOA, erased, "Are you still there?");
        telegram.awaitMessage(HOA, c -> c.text().startsWith("⚠️ Ca " + caseId + ": người dùng đã xoá dữ liệu"));
        telegram.userSends(HOA, "/close " + caseId);
        Call outcomes = telegram.awaitMessage(HOA, c -> c.text().startsWith("Đóng ca " + caseId));
        telegram.userPresses(HOA, FakeTelegram.messageId(outcomes), "s:out:" + caseId + ":NO_CONTACT");
        Call referrals = telegram.awaitMessage(HOA, c -> c.text().contains("chuyển tiếp tới đâu?"));
        telegram.userPresses(HOA, FakeTelegram.messageId(referrals), "s:ref:" + caseId + ":NO_CONTACT:NONE");
        telegram.awaitMessage(HOA, c -> c.text().startsWith("Đã đóng ca " + caseId));
        assertThat(telegram.messagesTo(user)).hasSize(heard);
    }

    /** /delete while nobody has claimed the case yet closes it: no more alerts about a person who left. */
    @Test
    void deleteWhileUnclaimedClosesTheCase() {
        long user = 7104;
        Person person = new Person(telegram, user);
        person.chooses("en");
        String caseId = SafetyNet.caseOpenedBy(bot, telegram, person, "SOS");
        person.writes("/delete");
        person.waitsFor(c -> c.text().startsWith("Delete your language"));
        person.presses("p:yes");
        person.waitsFor(c -> c.text().startsWith("Your data is deleted."));
        SafetyCase closed = bot.bean(CaseStore.class).find(caseId).orElseThrow();
        assertThat(closed.status()).isEqualTo(SafetyCase.Status.CLOSED);
        assertThat(closed.outcome()).isEqualTo(SafetyCase.Outcome.NO_CONTACT);
        assertThat(closed.person()).isEqualTo("erased");
    }

    /**
     * Danger written after a slash is heard: as a first message before any language is chosen, and after /help;
     * /help alone still shows help, and alerts nobody.
     */
    @Test
    void dangerAfterASlashIsHeard() {
        long first = 7105;
        telegram.userSends(first, "/ cuu em voi ho khoa cua nhot em");
        Call urgent = telegram.awaitMessage(first, c -> c.text().contains("113"));
        assertThat(urgent.text()).contains("111");
        telegram.awaitMessage(GROUP, c -> c.text().contains("«/ cuu em voi ho khoa cua nhot em»")
                || c.text().contains("ho khoa cua nhot em"));

        long second = 7106;
        Person person = new Person(telegram, second);
        person.chooses("vi");
        int alerts = telegram.messagesTo(GROUP).size();
        person.writes("/help");
        person.waitsFor(c -> c.text().startsWith("Lighthouse giúp bạn"));
        assertThat(telegram.messagesTo(GROUP)).hasSize(alerts);
        person.writes("/help họ lấy hộ chiếu của em rồi khóa cửa");
        person.waitsFor(c -> c.text().startsWith("Mình ở đây với bạn."));
        telegram.awaitMessage(GROUP, c -> c.text().contains("họ lấy hộ chiếu của em rồi khóa cửa"));
    }

    /** The first words of the bot say what it does, the safe word, and 111. */
    @Test
    void firstContactSaysWhatTheBotDoes() {
        long user = 7107;
        telegram.userSends(user, "/start");
        Call prompt = telegram.awaitMessages(user, 1).get(0);
        assertThat(prompt.text()).contains("SOS").contains("111").contains("kiểm tra lời mời");
        assertThat(prompt.buttonData()).contains("lang:vi", "lang:en", "lang:hmn");
    }
}
