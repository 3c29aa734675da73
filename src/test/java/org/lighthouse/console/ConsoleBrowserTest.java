package org.lighthouse.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lighthouse.console.accounts.Accounts.NewAccount;
import org.lighthouse.console.accounts.Invitations;
import org.lighthouse.testing.Browser;
import org.lighthouse.testing.ConsoleHttp;
import org.lighthouse.testing.ConsoleLogin;
import org.lighthouse.testing.ConsoleLogin.Staff;
import org.lighthouse.testing.RunningBot;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Staff use the console in a real (headless) browser: log in with password and code, get locked out by wrong
 * passwords, accept an invitation once, see the banner while two factors are off. The browser asks for English, so
 * the console speaks English until the account chooses Vietnamese. Screenshots of the login, code, setup and accounts
 * pages, laptop- and phone-sized, go to target/screenshots/.
 */
class ConsoleBrowserTest {

    private static final Dimension LAPTOP = new Dimension(1366, 768);
    private static final Dimension PHONE = new Dimension(400, 800);

    @TempDir
    static Path data;
    @TempDir
    static Path profile;
    static RunningBot bot;
    static WebDriver browser;

    @BeforeAll
    static void start() {
        bot = RunningBot.startWithoutTelegram(data);
        browser = Browser.start(profile);
    }

    @AfterAll
    static void stop() {
        browser.quit();
        bot.close();
    }

    @AfterEach
    void phoneSized() {
        browser.manage().window().setSize(PHONE);
    }

    /** A responder logs in with password and code and reaches the queue, with their alias and the nav in the header. */
    @Test
    void logInWithPasswordAndCode() throws IOException {
        Staff hoa = ConsoleLogin.create(bot, new NewAccount("hoa", Set.of(Role.RESPONDER), "Chị Hoa", null));
        browser.manage().deleteAllCookies();
        browser.get(bot.url("/console/queue"));
        ConsoleLogin.waiting(browser).until(d -> d.getCurrentUrl().endsWith("/console/login"));
        screenshots("login");
        ConsoleLogin.typePassword(browser, hoa.login(), hoa.password());
        ConsoleLogin.waiting(browser).until(d -> d.getCurrentUrl().endsWith("/console/login/code"));
        screenshots("code");
        browser.findElement(By.id("code")).sendKeys(hoa.nextCode());
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        ConsoleLogin.waiting(browser).until(d -> d.getCurrentUrl().contains("/console/queue"));
        assertThat(text(".me .alias")).isEqualTo("Chị Hoa");
        assertThat(browser.findElements(By.cssSelector(".top nav a"))).extracting(e -> e.getText())
                .containsExactly("Queue", "Closed", "Figures");
        assertNoHorizontalScroll();

        browser.findElement(By.cssSelector(".me form button[value=vi]")).click();
        ConsoleLogin.waiting(browser).until(d -> text(".top nav a").equals("Hàng chờ"));
        browser.findElement(By.xpath("//button[text()='Đăng xuất']")).click();
        ConsoleLogin.waiting(browser).until(d -> d.getCurrentUrl().endsWith("/console/login?out"));
    }

    /**
     * Five wrong passwords lock the account: the right one then gets the same lock message, until an admin unlocks
     * the account (or 15 minutes pass).
     */
    @Test
    void fiveWrongPasswordsLockTheAccountUntilUnlocked() {
        Staff minh = ConsoleLogin.create(bot, Set.of(Role.RESPONDER));
        browser.manage().deleteAllCookies();
        for (int i = 1; i <= 5; i++) {
            browser.get(bot.url("/console/login"));
            ConsoleLogin.typePassword(browser, minh.login(), "not my password " + i);
            ConsoleLogin.waiting(browser).until(d -> d.getCurrentUrl().contains("/console/login?"));
        }
        assertThat(text("main .error")).contains("locked for 15 minutes");
        // from a fresh form: the page it ends on has the same address as the one it starts from otherwise
        browser.get(bot.url("/console/login"));
        ConsoleLogin.typePassword(browser, minh.login(), minh.password());
        ConsoleLogin.waiting(browser).until(d -> d.getCurrentUrl().endsWith("/console/login?locked"));
        assertThat(text("main .error")).contains("locked for 15 minutes");

        ConsoleHttp admin = ConsoleLogin.http(bot, ConsoleLogin.create(bot, Set.of(Role.ADMIN)));
        String page = "/console/admin/accounts/" + minh.login();
        assertThat(admin.submit(page, page + "/unlock").statusCode()).isEqualTo(302);
        ConsoleLogin.logIn(browser, bot, minh);
        assertThat(browser.getCurrentUrl()).contains("/console/queue");
    }

    /**
     * An admin invites a responder on the accounts page; the invitee sets a password, scans the secret, confirms a code
     * and is in. The link works once.
     */
    @Test
    void invitationLinkWorksOnce() throws IOException {
        Staff admin = ConsoleLogin.create(bot, Set.of(Role.ADMIN));
        ConsoleLogin.logIn(browser, bot, admin);
        browser.get(bot.url("/console/admin/accounts"));
        browser.findElement(By.id("login")).sendKeys("Lan.Pham");
        browser.findElement(By.cssSelector("input[name=roles][value=RESPONDER]")).click();
        browser.findElement(By.id("alias")).sendKeys("Cô Lan");
        browser.findElement(By.xpath("//button[text()='Create the link']")).click();
        String link = ConsoleLogin.waiting(browser).until(d -> d.findElement(By.id("invitation-link"))).getText();
        assertThat(link).startsWith(bot.url("/console/invite/"));
        screenshots("accounts");

        browser.manage().deleteAllCookies();
        browser.get(link);
        assertThat(text("main form p")).contains("lan.pham", "Cô Lan");
        browser.findElement(By.id("password")).sendKeys("my own long password");
        browser.findElement(By.id("repeat")).sendKeys("my own long password");
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        ConsoleLogin.waiting(browser).until(d -> d.getCurrentUrl().endsWith("/console/login/setup"));
        assertThat(browser.findElement(By.cssSelector("img.qr")).getAttribute("src")).startsWith("data:image/png;");
        assertThat(browser.findElements(By.xpath("//button[text()='Later']"))).isEmpty();
        screenshots("setup");
        Staff lan = new Staff("lan.pham", "my own long password", text("#secret").replace(" ", ""));
        browser.findElement(By.id("code")).sendKeys(lan.nextCode());
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        ConsoleLogin.waiting(browser).until(d -> d.getCurrentUrl().endsWith("/console/queue"));
        assertThat(text(".me .alias")).isEqualTo("Cô Lan");

        browser.manage().deleteAllCookies();
        browser.get(link);
        assertThat(text("main .error")).contains("was used already or has expired");
        assertThat(browser.findElements(By.id("password"))).isEmpty();
        ConsoleLogin.logIn(browser, bot, lan);
        assertThat(browser.getCurrentUrl()).endsWith("/console/queue");
    }

    /** A link whose 72 hours have passed says so, and sets no password. */
    @Test
    void expiredInvitationIsRefused() {
        Invitations.Issued issued = bot.bean(Invitations.class).issue(new NewAccount("late", Set.of(Role.TEACHER),
                null, null), "test");
        bot.bean(MongoTemplate.class).updateFirst(Query.query(Criteria.where("login").is("late")),
                Update.update("expiresAt", Instant.now().minusSeconds(1)), "invitations");
        browser.manage().deleteAllCookies();
        browser.get(bot.url("/console/invite/" + issued.token()));
        assertThat(text("main .error")).contains("was used already or has expired");
        assertThat(browser.findElements(By.id("password"))).isEmpty();
        assertThat(new ConsoleHttp(bot).submit("/console/login", "/console/invite/" + issued.token(), "password",
                "a fine long password", "repeat", "a fine long password").body()).contains("đã hết hạn");
    }

    /** While an admin has two factors off, every console page says so, and a password alone logs in. */
    @Test
    void bannerWhileTwoFactorsAreOff() {
        Staff admin = ConsoleLogin.create(bot, Set.of(Role.ADMIN, Role.RESPONDER));
        ConsoleLogin.logIn(browser, bot, admin);
        browser.get(bot.url("/console/admin/security"));
        assertThat(browser.findElements(By.cssSelector(".banner"))).isEmpty();
        browser.findElement(By.xpath("//button[text()='Switch two-factor login off']")).click();
        try {
            ConsoleLogin.waiting(browser).until(d -> !d.findElements(By.cssSelector(".banner")).isEmpty());
            assertThat(text(".banner")).contains("Two-factor login is OFF");
            browser.get(bot.url("/console/queue"));
            assertThat(text(".banner")).contains("Two-factor login is OFF");

            Staff responder = ConsoleLogin.create(bot, Set.of(Role.RESPONDER));
            browser.manage().deleteAllCookies();
            browser.get(bot.url("/console/login"));
            assertThat(browser.findElements(By.cssSelector(".banner"))).isEmpty();
            ConsoleLogin.typePassword(browser, responder.login(), responder.password());
            ConsoleLogin.waiting(browser).until(d -> d.getCurrentUrl().contains("/console/queue"));
            assertThat(text(".banner")).contains("Two-factor login is OFF");
        } finally {
            ConsoleHttp switchedOff = new ConsoleHttp(bot);
            switchedOff.logInWithPassword(admin.login(), admin.password());
            switchedOff.submit("/console/admin/security", "/console/admin/security", "required", "true");
        }
        browser.navigate().refresh();
        assertThat(browser.findElements(By.cssSelector(".banner"))).isEmpty();
    }

    private static String text(String css) {
        return browser.findElement(By.cssSelector(css)).getText();
    }

    private static void assertNoHorizontalScroll() {
        JavascriptExecutor page = (JavascriptExecutor) browser;
        assertThat((Long) page.executeScript("return document.documentElement.scrollWidth"))
                .isLessThanOrEqualTo((Long) page.executeScript("return document.documentElement.clientWidth"));
    }

    /** The page at laptop and phone size, in target/screenshots/console-NAME-WIDTH.png; neither scrolls sideways. */
    private static void screenshots(String name) throws IOException {
        Path folder = Files.createDirectories(Path.of("target", "screenshots"));
        for (Dimension size : new Dimension[] {LAPTOP, PHONE}) {
            browser.manage().window().setSize(size);
            assertNoHorizontalScroll();
            Files.write(folder.resolve("console-" + name + "-" + size.getWidth() + ".png"),
                    ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        }
    }
}
