package org.lighthouse.console.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lighthouse.testing.SafetyNet.GROUP;
import static org.lighthouse.testing.SafetyNet.HOA;
import static org.lighthouse.testing.SafetyNet.RESPONDERS;
import static org.lighthouse.testing.SafetyNet.RESPONDERS_CHAT;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lighthouse.console.Role;
import org.lighthouse.console.accounts.Accounts.NewAccount;
import org.lighthouse.safety.CaseWork;
import org.lighthouse.safety.SafetyCase;
import org.lighthouse.testing.BotUnderTest;
import org.lighthouse.testing.ConsoleHttp;
import org.lighthouse.testing.ConsoleLogin;
import org.lighthouse.testing.FakeTelegram;
import org.lighthouse.testing.Person;
import org.lighthouse.testing.RunningBot;
import org.lighthouse.testing.SafetyNet;

/**
 * The case pages over HTTP, beside responders on Telegram: only responders reach a case, and only with the form's
 * token; what one does in Telegram shows in the console and the other way round.
 */
class CaseConsoleIntegrationTest {

    @RegisterExtension
    static final BotUnderTest BOT = new BotUnderTest(RESPONDERS, RESPONDERS_CHAT);
    static FakeTelegram telegram;
    static RunningBot bot;
    static ConsoleHttp lan;

    @BeforeAll
    static void start() {
        telegram = BOT.telegram();
        bot = BOT.bot();
        lan = ConsoleLogin.http(bot, ConsoleLogin.create(bot, new NewAccount("lan", Set.of(Role.RESPONDER), "Lan",
                null)));
    }

    /** A teacher, an admin who is no responder and a stranger reach no case page, fragment or action. */
    @Test
    void onlyRespondersReachACase() {
        String id = caseOf(7201);
        ConsoleHttp teacher = ConsoleLogin.http(bot, ConsoleLogin.create(bot, Set.of(Role.TEACHER)));
        ConsoleHttp admin = ConsoleLogin.http(bot, ConsoleLogin.create(bot, Set.of(Role.ADMIN)));
        for (ConsoleHttp refused : new ConsoleHttp[] {teacher, admin}) {
            for (String path : new String[] {"/console/cases/" + id, "/console/cases/" + id + "/live",
                    "/console/queue", "/console/queue/rows", "/console/closed", "/console/figures"}) {
                assertThat(refused.get(path).statusCode()).as(path).isEqualTo(403);
            }
            String token = ConsoleHttp.csrf(refused.follow(refused.get("/console")).body());
            assertThat(refused.post("/console/cases/" + id + "/claim", Map.of("_csrf", token)).statusCode())
                    .isEqualTo(403);
        }
        ConsoleHttp stranger = new ConsoleHttp(bot);
        HttpResponse<String> page = stranger.get("/console/cases/" + id);
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location").orElseThrow()).endsWith("/console/login");
        assertThat(stranger.get("/console/cases/" + id + "/live", "Accept", "*/*").statusCode()).isIn(302, 401);
        assertThat(bot.bean(CaseWork.class).find(id).orElseThrow().status()).isEqualTo(SafetyCase.Status.NEW);
    }

    /** A claim posted without the page's token (a forged cross-site form) is refused and claims nothing. */
    @Test
    void aForgedClaimIsRefused() {
        String id = caseOf(7202);
        assertThat(lan.post("/console/cases/" + id + "/claim", Map.of()).statusCode()).isEqualTo(403);
        assertThat(lan.post("/console/cases/" + id + "/claim", Map.of("_csrf", "forged")).statusCode())
                .isEqualTo(403);
        assertThat(bot.bean(CaseWork.class).find(id).orElseThrow().assignee()).isNull();
    }

    /** Hoa claims in Telegram: the console shows her as the holder. Lan claims in the console: the group hears so. */
    @Test
    void telegramAndConsoleSeeEachOthersClaims() {
        String byTelegram = caseOf(7203);
        SafetyNet.claims(telegram, HOA, byTelegram);
        String rows = lan.get("/console/queue/rows").body();
        assertThat(rows.substring(rows.indexOf(byTelegram))).contains("Hoa");

        String byConsole = caseOf(7204);
        lan.submit("/console/cases/" + byConsole, "/console/cases/" + byConsole + "/claim");
        telegram.awaitMessage(GROUP, c -> c.text().contains(byConsole) && c.text().contains("Lan"));
        assertThat(bot.bean(CaseWork.class).find(byConsole).orElseThrow().assignee()).isEqualTo("@lan");
    }

    /**
     * Lan offers her case to Mai, who works in the console too: it stays Lan's until Mai takes it; then the person hears
     * that Mai is there, and Lan may no longer write in it.
     */
    @Test
    void aCaseHandedOverBetweenConsoleResponders() {
        ConsoleHttp mai = ConsoleLogin.http(bot, ConsoleLogin.create(bot, new NewAccount("mai",
                Set.of(Role.RESPONDER), "Mai", null)));
        Person person = new Person(telegram, 7205);
        person.chooses("vi");
        String id = SafetyNet.caseOpenedBy(bot, telegram, person, "họ lấy hộ chiếu của em rồi khóa cửa, em không ra"
                + " được");
        String page = "/console/cases/" + id;
        lan.submit(page, page + "/claim");
        lan.submit(page, page + "/offer", "to", "@mai");
        assertThat(mai.get(page).body()).contains(page + "/accept");
        assertThat(bot.bean(CaseWork.class).find(id).orElseThrow().assignee()).isEqualTo("@lan");

        mai.submit(page, page + "/accept");
        person.waitsFor(c -> c.text().contains("Mai"));
        assertThat(bot.bean(CaseWork.class).find(id).orElseThrow().assignee()).isEqualTo("@mai");
        String refused = lan.follow(lan.submit(page, page + "/note", "text", "x")).body();
        assertThat(lan.follow(lan.post(page + "/write", Map.of("_csrf", ConsoleHttp.csrf(refused), "text", "hi")))
                .body()).contains("ca này không (còn) là của bạn");
    }

    private static String caseOf(long user) {
        Person person = new Person(telegram, user);
        person.chooses("vi");
        return SafetyNet.caseOpenedBy(bot, telegram, person, "họ lấy hộ chiếu của em rồi khóa cửa, em không ra được");
    }
}
