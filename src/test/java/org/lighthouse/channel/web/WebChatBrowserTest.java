package org.lighthouse.channel.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lighthouse.content.Catalog;
import org.lighthouse.shared.Language;
import org.lighthouse.testing.Browser;
import org.lighthouse.testing.RunningBot;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A person without Telegram talks to the bot in a real (headless) browser. */
class WebChatBrowserTest {

    @TempDir
    static Path data;
    @TempDir
    static Path profile;
    static RunningBot bot;
    static WebDriver browser;
    private final List<String> violations = new ArrayList<>();

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

    /**
     * Opening the page asks the language; choosing it shows the menu; typed commands work; a lesson opens with its
     * picture, described by its alt text, and its cards then change in place; a reload keeps it all.
     */
    @Test
    void chooseLanguageThenUseTheMenu() throws IOException {
        freshPage();
        button("Tiếng Việt").click();
        waitForText("Bạn muốn làm gì?");
        assertThat(buttonLabels()).contains("📚 Học", "🙋 Nói chuyện với một người", "🌐 Ngôn ngữ");
        assertThat(browser.findElement(By.id("text")).getAttribute("placeholder")).isEqualTo("Nhập tin nhắn…");

        browser.findElement(By.id("text")).sendKeys("/help");
        browser.findElement(By.id("send")).click();
        waitForText("111: miễn phí, 24/7");
        assertThat(browser.findElements(By.cssSelector(".msg.me"))).extracting(WebElement::getText).contains("/help");

        button("⭐ Tiến bộ của tôi").click();
        waitForText("⭐ Tiến bộ của bạn");

        button("🏠 Menu").click();
        button("📚 Học").click();
        button("Di cư an toàn (0/5)").click();
        click(label -> label.startsWith("1. "));
        waitForText("(1/");
        assertThat(browser.findElement(By.cssSelector(".msg.bot img.picture")).getAttribute("alt"))
                .isEqualTo(bot.bean(Catalog.class).lesson("sm-1").orElseThrow().cards().get(0).image().alt()
                        .in(Language.VI).orElseThrow());
        shoot("webchat-lesson-picture.png");
        button("Tiếp ▶").click();
        waitForText("(2/");
        int messages = browser.findElements(By.cssSelector(".msg.bot")).size();
        button("Tiếp ▶").click();
        waitForText("(3/");
        assertThat(browser.findElements(By.cssSelector(".msg.bot"))).hasSize(messages);

        browser.navigate().refresh();
        waitForText("111: miễn phí, 24/7");
        assertThat(browser.findElements(By.cssSelector(".msg.me"))).extracting(WebElement::getText).contains("/help");
    }

    /**
     * Deleting one's data also clears what the page kept in the browser: on a shared phone, the next person sees
     * nothing of what was typed, even after a reload.
     */
    @Test
    void deletingMyDataClearsWhatThePageKept() {
        freshPage();
        button("Tiếng Việt").click();
        waitForText("Bạn muốn làm gì?");
        type("/help");
        waitForText("111: miễn phí, 24/7");
        type("/delete");
        button("Có, xoá hết").click();
        waitForText("Đã xoá dữ liệu của bạn.");
        waiting().until(d -> d.findElements(By.cssSelector(".msg.me")).isEmpty());
        assertThat(transcript()).doesNotContain("111: miễn phí, 24/7").contains("Đã xoá dữ liệu của bạn.");

        browser.navigate().refresh();
        waitForText("Đã xoá dữ liệu của bạn.");
        assertThat(browser.findElements(By.cssSelector(".msg.me"))).isEmpty();
        assertThat(transcript()).doesNotContain("111: miễn phí, 24/7");
        assertThat((String) ((JavascriptExecutor) browser).executeScript("return localStorage.getItem('lh.transcript')"))
                .doesNotContain("/help");
    }

    /**
     * The page works under its strict Content-Security-Policy on a 360-pixel phone screen (start, language, a button,
     * typing) and the browser reports no violation; the policy is in force, since an inline script is refused.
     */
    @Test
    void pageWorksUnderItsContentSecurityPolicy() throws IOException {
        browser.manage().window().setSize(new Dimension(360, 740));
        try {
            freshPage();
            button("English").click();
            waitForText("What would you like to do?");
            button("⭐ My progress").click();
            waitForText("⭐ Your progress");
            type("/help");
            waitForText("111: free, 24/7");
            Path shot = Path.of("target", "screenshots", "webchat-360.png");
            Files.createDirectories(shot.getParent());
            Files.write(shot, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
            assertThat(violations()).isEmpty();

            JavascriptExecutor page = (JavascriptExecutor) browser;
            page.executeScript("var s = document.createElement('script'); s.textContent = 'window.inlineRan = true';"
                    + " document.body.appendChild(s);");
            assertThat(page.executeScript("return window.inlineRan === true")).isEqualTo(false);
            waiting().until(d -> !violations().isEmpty());
        } finally {
            browser.manage().window().setSize(new Dimension(400, 800));
        }
    }

    /**
     * With "read to me" switched on in the Language screen, a recorded card comes with a plain audio control that
     * loads its recording from the service under the page's Content-Security-Policy.
     */
    @Test
    void readToMeShowsAnAudioControl() throws IOException {
        Path recording = data.resolve("audio/os-1/1-en.ogg");
        Files.createDirectories(recording.getParent());
        Files.write(recording, "OggS, not really a voice".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        freshPage();
        button("English").click();
        waitForText("What would you like to do?");
        button("🌐 Language").click();
        button("🔊 Read lessons to me").click();
        waitForText("🔊 On.");
        button("📚 Learn").click();
        click(label -> label.startsWith("Online safety"));
        click(label -> label.startsWith("1. "));
        waitForText("(1/");
        WebElement audio = waiting().until(d -> d.findElement(By.cssSelector(".msg.bot audio.voice")));
        assertThat(audio.getAttribute("controls")).isNotNull();
        assertThat(audio.getAttribute("src")).startsWith(bot.url("/voice/os-1/1-en.ogg?take="));
        JavascriptExecutor page = (JavascriptExecutor) browser;
        page.executeScript("arguments[0].preload = 'auto'; arguments[0].load();", audio);
        waiting().until(d -> Boolean.TRUE.equals(page.executeScript(
                "return arguments[0].error !== null || arguments[0].readyState > 0;", audio)));
        assertThat(violations()).isEmpty();
        shoot("webchat-read-to-me-400.png");
    }

    /**
     * A post that cannot be sent yet stays, with its id, across a reload: once the connection is back it is sent and
     * answered once.
     */
    @Test
    void unsentPostSurvivesAReload() {
        freshPage();
        button("English").click();
        waitForText("What would you like to do?");
        ChromeDriver chrome = (ChromeDriver) browser;
        chrome.executeCdpCommand("Network.enable", Map.of());
        chrome.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of("*/events")));
        try {
            type("/help");
            waiting().until(d -> d.findElement(By.id("status")).isDisplayed());
            String queued = stored("lh.outgoing");
            assertThat(queued).contains("/help");
            assertThat(browser.findElements(By.cssSelector(".msg.me.pending"))).hasSize(1);

            browser.navigate().refresh();
            waiting().until(d -> d.findElements(By.cssSelector(".msg.me.pending")).size() == 1);
            assertThat(stored("lh.outgoing")).isEqualTo(queued);
        } finally {
            chrome.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of()));
        }
        waitForText("111: free, 24/7");
        waiting().until(d -> d.findElements(By.cssSelector(".msg.me.pending")).isEmpty());
        assertThat(stored("lh.outgoing")).isEqualTo("[]");
        assertThat(transcript().split("111: free, 24/7", -1)).hasSize(2);
    }

    /**
     * The anonymous check-in after the menu, on a phone and a laptop: a question at a time with lettered options and a
     * skip button, ending with a thank-you that points to Learn.
     */
    @Test
    void checkinIsAnsweredOneQuestionAtATime() throws IOException {
        freshPage();
        button("English").click();
        waitForText("No name is needed");
        shoot("webchat-checkin-offer-400.png");
        button("▶️ Start").click();
        waitForText("📝 Question 1/6");
        assertThat(buttonLabels()).contains("A", "B", "C", "⏭ Skip this one");
        shoot("webchat-checkin-question-400.png");
        browser.manage().window().setSize(new Dimension(1366, 768));
        try {
            shoot("webchat-checkin-question-1366.png");
        } finally {
            browser.manage().window().setSize(new Dimension(400, 800));
        }
        button("⏭ Skip this one").click();
        for (int n = 2; n <= 6; n++) {
            waitForText("📝 Question " + n + "/6");
            button("A").click();
        }
        waitForText("Thank you! Your answers were saved");
        assertThat(buttonLabels()).contains("📚 Learn");
        shoot("webchat-checkin-thanks-400.png");
    }

    private void shoot(String name) throws IOException {
        Path shot = Path.of("target", "screenshots", name);
        Files.createDirectories(shot.getParent());
        Files.write(shot, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    /** CSP violations the browser reported since the last call, kept across calls (reading the log empties it). */
    private List<String> violations() {
        browser.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy")).forEach(violations::add);
        return violations;
    }

    private String stored(String key) {
        return (String) ((JavascriptExecutor) browser).executeScript("return localStorage.getItem(arguments[0])",
                key);
    }

    /**
     * Opens the page as a browser that never opened it. The storage is cleared from a file of the same site that runs
     * no script (the chat page, still polling, could write its storage again before it is left).
     */
    private void freshPage() {
        browser.get(bot.url("/webchat/chat.css"));
        ((JavascriptExecutor) browser).executeScript("localStorage.clear()");
        browser.get(bot.url("/"));
    }

    private void type(String text) {
        browser.findElement(By.id("text")).sendKeys(text);
        browser.findElement(By.id("send")).click();
    }

    private String transcript() {
        return browser.findElement(By.id("transcript")).getText();
    }

    /** Clicks the newest button with the label (the page redraws itself as messages arrive). */
    private Clickable button(String label) {
        return () -> click(label::equals);
    }

    private void click(Predicate<String> label) {
        waiting().until(d -> {
            List<WebElement> matches = d.findElements(By.cssSelector(".row button")).stream()
                    .filter(b -> label.test(b.getText())).toList();
            if (matches.isEmpty()) {
                return false;
            }
            matches.get(matches.size() - 1).click();
            return true;
        });
    }

    private List<String> buttonLabels() {
        return waiting().until(d -> d.findElements(By.cssSelector(".row button")).stream().map(WebElement::getText)
                .toList());
    }

    private void waitForText(String text) {
        waiting().until(d -> d.findElement(By.id("transcript")).getText().contains(text));
    }

    private WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    private interface Clickable {
        void click();
    }
}
