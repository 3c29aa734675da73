package org.lighthouse.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lighthouse.testing.BotUnderTest;
import org.lighthouse.testing.FakeTelegram;
import org.lighthouse.testing.FakeTelegram.Call;
import org.lighthouse.testing.RunningBot;

/** A young person meets the bot on Telegram for the first time: language, menu, help. */
class FirstContactIntegrationTest {

    @RegisterExtension
    static final BotUnderTest BOT = new BotUnderTest();
    static FakeTelegram telegram;
    static RunningBot bot;

    @BeforeAll
    static void share() {
        telegram = BOT.telegram();
        bot = BOT.bot();
    }

    /** /start on first contact asks the language in all three languages, and the choice leads to the main menu. */
    @Test
    void firstContactAsksLanguageThenShowsMenu() {
        long user = 1001;
        telegram.userSends(user, "/start");
        Call prompt = telegram.awaitMessages(user, 1).get(0);
        assertThat(prompt.text()).contains("Xin chào").contains("Hello").contains("Nyob zoo");
        assertThat(prompt.buttonLabels()).containsExactly("Tiếng Việt", "English", "Hmoob");
        assertThat(prompt.buttonData()).containsExactly("lang:vi", "lang:en", "lang:hmn");

        telegram.userPresses(user, FakeTelegram.messageId(prompt), "lang:vi");
        List<Call> after = telegram.awaitMessages(user, 3);
        assertThat(after.get(1).method()).isEqualTo("editmessagetext");
        assertThat(after.get(1).text()).isEqualTo("Đã chọn tiếng Việt.");
        Call menu = after.get(2);
        assertThat(menu.text()).isEqualTo("Bạn muốn làm gì?");
        assertThat(menu.buttonData()).containsExactly("m:learn", "m:offer", "m:talk", "m:progress", "m:language");
        assertThat(menu.buttonLabels()).contains("🙋 Nói chuyện với một người");
        assertThat(telegram.refused()).isEmpty();
    }

    /** Any first message, not only /start, gets the language question rather than silence. */
    @Test
    void firstTextMessageAlsoAsksLanguage() {
        long user = 1002;
        telegram.userSends(user, "chao ban");
        assertThat(telegram.awaitMessages(user, 1).get(0).buttonData()).contains("lang:hmn");
    }

    /** /help says what the bot does and who to call, in the chosen language. */
    @Test
    void helpGivesEmergencyNumbers() {
        long user = 1004;
        chooseLanguage(user, "hmn");
        telegram.userSends(user, "/help");
        // the help's own words: the welcome before it names 111 too
        Call help = telegram.awaitMessage(user, c -> c.text().contains("Lighthouse pab koj"));
        assertThat(help.text()).contains("111").contains("113");
    }

    /** Telegram's command list is set for Vietnamese (default) and English. */
    @Test
    void commandListIsSetPerLanguage() {
        List<Call> lists = telegram.callsOf("setmycommands");
        assertThat(lists).hasSize(2);
        assertThat(lists).anySatisfy(c -> assertThat(c.fields().get("language_code")).isEqualTo("en"));
        assertThat(lists).anySatisfy(c -> assertThat(c.fields()).doesNotContainKey("language_code"));
        assertThat(lists.toString()).contains("Đổi ngôn ngữ").contains("Change language");
    }

    /** /language lets a person change language later. */
    @Test
    void languageCanBeChangedLater() {
        long user = 1005;
        chooseLanguage(user, "vi");
        telegram.userSends(user, "/language");
        Call prompt = telegram.awaitMessage(user, c -> c.text().equals("Bạn chọn ngôn ngữ nhé:"));
        telegram.userPresses(user, FakeTelegram.messageId(prompt), "lang:en");
        telegram.awaitMessage(user, c -> c.text().equals("What would you like to do?"));
    }

    static void chooseLanguage(long user, String code) {
        telegram.userSends(user, "/start");
        Call prompt = telegram.awaitMessages(user, 1).get(0);
        telegram.userPresses(user, FakeTelegram.messageId(prompt), "lang:" + code);
        telegram.awaitMessages(user, 3);
    }
}
