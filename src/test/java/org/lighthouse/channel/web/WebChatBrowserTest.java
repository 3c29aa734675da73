package org.lighthouse.channel.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lighthouse.testing.Browser;
import org.lighthouse.testing.RunningBot;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A person without Telegram talks to the bot in a real (headless) browser. */
class WebChatBrowserTest {

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

    /** Opening the page asks the language; choosing it shows the menu; typed commands work; a reload keeps it all. */
    @Test
    void chooseLanguageThenUseTheMenu() {
        browser.get(bot.url("/"));
        button("Tiếng Việt").click();
        waitForText("Bạn muốn làm gì?");
        assertThat(buttonLabels()).contains("📚 Học", "🙋 Nói chuyện với một người", "🌐 Ngôn ngữ");
        assertThat(browser.findElement(By.id("text")).getAttribute("placeholder")).isEqualTo("Nhập tin nhắn…");

        browser.findElement(By.id("text")).sendKeys("/help");
        browser.findElement(By.id("send")).click();
        waitForText("111: miễn phí, 24/7");
        assertThat(browser.findElements(By.cssSelector(".msg.me"))).extracting(WebElement::getText).contains("/help");

        button("⭐ Tiến bộ của tôi").click();
        waitForText("đang được xây dựng");

        browser.navigate().refresh();
        waitForText("111: miễn phí, 24/7");
        assertThat(browser.findElements(By.cssSelector(".msg.me"))).extracting(WebElement::getText).contains("/help");
    }

    private WebElement button(String label) {
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> buttonLabels().contains(label));
        List<WebElement> matches = browser.findElements(By.cssSelector(".row button")).stream()
                .filter(b -> b.getText().equals(label)).toList();
        return matches.get(matches.size() - 1);
    }

    private List<String> buttonLabels() {
        return browser.findElements(By.cssSelector(".row button")).stream().map(WebElement::getText).toList();
    }

    private void waitForText(String text) {
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(d -> d.findElement(By.id("transcript")).getText().contains(text));
    }
}
