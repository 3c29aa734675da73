package org.lighthouse.console.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lighthouse.channel.ChatRef;
import org.lighthouse.console.Role;
import org.lighthouse.console.accounts.Accounts.NewAccount;
import org.lighthouse.safety.CaseWork;
import org.lighthouse.testing.BotUnderTest;
import org.lighthouse.testing.ConsoleHttp;
import org.lighthouse.testing.ConsoleLogin;
import org.lighthouse.testing.Person;
import org.lighthouse.testing.RunningBot;

/**
 * Responders who work only in the console, with nobody on Telegram: the bot promises a person only while one of them
 * has the console open, and otherwise gives the numbers to call.
 */
class ConsoleOnlyRespondersIntegrationTest {

    @RegisterExtension
    static final BotUnderTest BOT = new BotUnderTest();
    static RunningBot bot;
    static ConsoleHttp lan;

    @BeforeAll
    static void start() {
        bot = BOT.bot();
        lan = ConsoleLogin.http(bot, ConsoleLogin.create(bot, new NewAccount("lan", Set.of(Role.RESPONDER), "Lan",
                null)));
    }

    @Test
    void aPersonIsPromisedSomeoneOnlyWhileTheConsoleIsOpen() {
        Person alone = BOT.person(7301);
        alone.chooses("vi");
        alone.writes("họ lấy hộ chiếu của em rồi khóa cửa, em không ra được");
        alone.waitsFor(c -> c.text().startsWith("Ở đây hiện không có người hỗ trợ trực tuyến"));
        assertThat(bot.bean(CaseWork.class).open()).isEmpty();

        assertThat(lan.get("/console/queue").statusCode()).isEqualTo(200);
        Person heard = BOT.person(7302);
        heard.chooses("vi");
        heard.writes("họ lấy hộ chiếu của em rồi khóa cửa, em không ra được");
        heard.waitsFor(c -> c.text().startsWith("Mình đã báo cho một người hỗ trợ"));
        String chat = ChatRef.telegram(7302).key();
        await().atMost(Duration.ofSeconds(10)).until(() -> lan.get("/console/queue/rows")
                .body().contains(bot.bean(CaseWork.class).open().stream().filter(c -> c.chat().equals(chat))
                        .findFirst().orElseThrow().id()));
        assertThat(bot.health().path("components").path("safetyNet").path("status").asText()).isEqualTo("UP");
    }
}
