package org.lighthouse.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium from the machine's packages (scripts/test installs chromium and chromium-driver), driven by
 * Selenium. Browsers that download themselves cannot work here.
 */
public final class Browser {

    private static final int WINDOW_HEIGHT = 800;
    /** A whole page down to here: a taller screenshot takes Chromium minutes (a list of hundreds of texts). */
    private static final int MOST_HEIGHT = 6000;

    private Browser() {
    }

    public static WebDriver start(Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(find("chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=400,800", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(find("chromedriver", "/usr/bin/chromedriver")).toFile())
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ZERO);
        return driver;
    }

    /**
     * The whole page (down to {@value #MOST_HEIGHT} pixels) as a laptop (1366 wide) and a phone (400 wide) show it, in
     * {@code target/screenshots/<name>-<width>.png}, to be looked at; the window is a laptop's again after.
     */
    public static void screenshots(WebDriver browser, String name) throws IOException {
        Path folder = Files.createDirectories(Path.of("target", "screenshots"));
        for (int width : new int[] {1366, 400}) {
            browser.manage().window().setSize(new Dimension(width, WINDOW_HEIGHT));
            long height = (Long) ((JavascriptExecutor) browser).executeScript(
                    "return document.documentElement.scrollHeight");
            browser.manage().window().setSize(new Dimension(width, (int) Math.max(WINDOW_HEIGHT,
                    Math.min(height, MOST_HEIGHT))));
            Files.write(folder.resolve(name + "-" + width + ".png"),
                    ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        }
        browser.manage().window().setSize(new Dimension(1366, 768));
    }

    private static String find(String name, String usual) {
        if (Files.isExecutable(Path.of(usual))) {
            return usual;
        }
        throw new IllegalStateException(name + " is not installed at " + usual + ": run scripts/test, which installs"
                + " Debian's chromium and chromium-driver");
    }
}
