package org.lighthouse.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium from the machine's packages (scripts/test installs chromium and chromium-driver), driven by
 * Selenium. Browsers that download themselves cannot work here.
 */
public final class Browser {

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

    private static String find(String name, String usual) {
        if (Files.isExecutable(Path.of(usual))) {
            return usual;
        }
        throw new IllegalStateException(name + " is not installed at " + usual + ": run scripts/test, which installs"
                + " Debian's chromium and chromium-driver");
    }
}
