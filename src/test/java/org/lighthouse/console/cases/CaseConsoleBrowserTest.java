package org.lighthouse.console.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lighthouse.testing.SafetyNet.GROUP;
import static org.lighthouse.testing.SafetyNet.HOA;
import static org.lighthouse.testing.SafetyNet.MINH;
import static org.lighthouse.testing.SafetyNet.RESPONDERS;
import static org.lighthouse.testing.SafetyNet.RESPONDERS_CHAT;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.lighthouse.console.Role;
import org.lighthouse.console.accounts.Accounts.NewAccount;
import org.lighthouse.testing.BotUnderTest;
import org.lighthouse.testing.Browser;
import org.lighthouse.testing.ConsoleHttp;
import org.lighthouse.testing.ConsoleLogin;
import org.lighthouse.testing.ConsoleLogin.Staff;
import org.lighthouse.testing.FakeTelegram;
import org.lighthouse.testing.FakeTelegram.Call;
import org.lighthouse.testing.Person;
import org.lighthouse.testing.RunningBot;
import org.lighthouse.testing.SafetyNet;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A responder runs a shift from the browser, on the same cases as the responders on Telegram: an URGENT case arrives
 * while the queue is open, she claims it, writes to the person and reads the answer, notes, offers it to a colleague,
 * closes it, finds it among the closed cases and in the figures; a Telegram responder and a second console responder
 * see it taken; an admin finds every look at it in the audit log.
 */
class CaseConsoleBrowserTest {

    @RegisterExtension
    static final BotUnderTest BOT = new BotUnderTest(RESPONDERS, RESPONDERS_CHAT);
    @TempDir
    static Path profile;
    static FakeTelegram telegram;
    static RunningBot bot;
    static WebDriver browser;
    static Staff lan;

    @BeforeAll
    static void start() {
        telegram = BOT.telegram();
        bot = BOT.bot();
        lan = ConsoleLogin.create(bot, new NewAccount("lan", Set.of(Role.RESPONDER), "Lan", null));
        browser = Browser.start(profile);
    }

    @AfterAll
    static void stop() {
        browser.quit();
    }

    @Test
    void aWholeCaseFromTheBrowser() throws IOException {
        ConsoleLogin.logIn(browser, bot, lan);
        browser.get(bot.url("/console/queue"));
        waiting().until(d -> d.findElement(By.id("rows")).getText().contains("No open case"));

        Person person = new Person(telegram, 7101);
        person.chooses("vi");
        person.writes("họ lấy hộ chiếu của em rồi khóa cửa, em không ra được");
        String caseId = SafetyNet.alertedCase(bot, telegram, person.user());
        waiting().until(d -> !d.findElements(By.cssSelector("tr[data-case='" + caseId + "'][data-level='URGENT']"))
                .isEmpty());
        assertThat(browser.findElement(By.id("new-urgent")).isDisplayed()).as("the new URGENT banner").isTrue();
        assertThat(browser.getTitle()).startsWith("🚨");
        screenshots("queue");

        browser.findElement(By.linkText(caseId)).click();
        waiting().until(d -> d.findElement(By.cssSelector(".transcript")).getText().contains("họ lấy hộ chiếu"));
        browser.findElement(By.cssSelector("form[action$='/claim'] button")).click();
        waiting().until(d -> d.findElement(By.cssSelector(".notice")).getText().contains("You have the case"));
        person.waitsFor(c -> c.text().contains("Lan"));

        Call alert = telegram.awaitMessage(GROUP, c -> c.buttonData().contains("s:claim:" + caseId));
        telegram.userPressesIn(HOA, FakeTelegram.groupChat(GROUP), FakeTelegram.messageId(alert), "s:claim:" + caseId);
        telegram.awaitMessage(HOA, c -> c.text().contains(caseId) && c.text().contains("Lan"));
        ConsoleHttp mai = ConsoleLogin.http(bot, ConsoleLogin.create(bot, new NewAccount("mai",
                Set.of(Role.RESPONDER), "Mai", null)));
        String seenByMai = mai.get("/console/cases/" + caseId).body();
        assertThat(seenByMai).contains("Lan").doesNotContain("/claim");

        browser.findElement(By.id("text")).sendKeys("Chào em, chị là Lan. Em đang ở đâu?");
        browser.findElement(By.cssSelector("form.write button")).click();
        person.waitsFor(c -> c.text().contains("Lan") && c.text().contains("Em đang ở đâu?"));
        waiting().until(d -> d.findElement(By.cssSelector(".transcript")).getText().contains("✓ delivered"));

        person.writes("em ở nhà nghỉ gần bến xe");
        waiting().until(d -> d.findElement(By.cssSelector(".transcript")).getText().contains("nhà nghỉ gần bến xe"));

        browser.findElement(By.id("note")).sendKeys("Đã gọi cho công an xã.");
        browser.findElement(By.cssSelector("form.note button")).click();
        waiting().until(d -> d.findElement(By.cssSelector(".notes")).getText().contains("Đã gọi cho công an xã."));
        screenshots("case");

        new Select(browser.findElement(By.id("to"))).selectByVisibleText("Minh");
        browser.findElement(By.cssSelector("form.handover button")).click();
        telegram.awaitMessage(MINH, c -> c.text().contains(caseId) && c.buttonData().contains("s:dec:" + caseId));
        waiting().until(d -> d.findElement(By.cssSelector(".facts")).getText().contains("Minh"));

        new Select(browser.findElement(By.id("outcome"))).selectByValue("SAFE_NOW");
        new Select(browser.findElement(By.id("referral"))).selectByValue("POLICE");
        browser.findElement(By.cssSelector("form.close button")).click();
        waiting().until(d -> d.findElement(By.cssSelector(".notice")).getText().contains("Case closed."));
        person.waitsFor(c -> c.buttonData().contains("m:home"));

        browser.get(bot.url("/console/closed?ref=" + caseId));
        assertThat(browser.findElement(By.cssSelector("table.cases")).getText()).contains(caseId).contains("Lan");
        screenshots("closed");
        browser.get(bot.url("/console/figures"));
        // 1 case: URGENT 1, CONCERN 0, WATCH 0; outcomes: supported 0, safe now 1, referred 0, no contact 0, ...
        assertThat(browser.findElement(By.cssSelector("table.figures tfoot")).getText())
                .startsWith("12 weeks 1 1 0 0 0 1 0 0 0");
        screenshots("figures");

        ConsoleHttp admin = ConsoleLogin.http(bot, ConsoleLogin.create(bot, Set.of(Role.ADMIN)));
        String audit = admin.get("/console/admin/audit.csv").body();
        List<String> caseLines = audit.lines().filter(line -> line.contains(caseId)).toList();
        assertThat(caseLines).anyMatch(line -> line.contains("lan") && line.contains("case.view"))
                .anyMatch(line -> line.contains("lan") && line.contains("case.claim"))
                .anyMatch(line -> line.contains("lan") && line.contains("case.write"))
                .anyMatch(line -> line.contains("mai") && line.contains("case.view"))
                .anyMatch(line -> line.contains("lan") && line.contains("case.close"));
    }

    /**
     * Waits for a condition; the page refreshes its live parts meanwhile, so an element read may go stale. Up to a
     * minute: on a machine running the whole suite in two JVMs, a live part twice missed its refresh within 20 s.
     */
    private static WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    /** The page as a laptop and a phone show it, in target/screenshots/, to be looked at. */
    private static void screenshots(String name) throws IOException {
        Browser.screenshots(browser, "console-" + name);
    }
}
