package org.lighthouse.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.security.InvalidKeyException;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;
import org.awaitility.Awaitility;
import org.lighthouse.console.Role;
import org.lighthouse.console.accounts.Accounts;
import org.lighthouse.console.accounts.Accounts.NewAccount;
import org.lighthouse.console.security.Totp;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Console accounts for tests: made through the real code path ({@link Accounts#create}, as the command line makes
 * them), and logged in with their password and a TOTP code computed from their secret, in a real browser or over HTTP
 * ({@link ConsoleHttp}). Case-page tests use it as they are:
 *
 * <pre>{@code
 * Staff hoa = ConsoleLogin.create(bot, Set.of(Role.RESPONDER));
 * ConsoleLogin.logIn(browser, bot, hoa);           // the browser is on /console/queue
 * ConsoleHttp http = ConsoleLogin.http(bot, hoa);  // or an HTTP client with the session
 * }</pre>
 */
public final class ConsoleLogin {

    public static final String PASSWORD = "a long walk to the market";
    private static final AtomicInteger NUMBER = new AtomicInteger();
    private static final long STEP_SECONDS = 30;

    private ConsoleLogin() {
    }

    /**
     * A console account and what its person knows: the password and the authenticator app's secret. Codes are handed
     * out one 30-second step at a time, as the console accepts each step's code only once.
     */
    public static final class Staff {

        private final String login;
        private final String password;
        private final String secret;
        /** Seconds before a step ends from which the previous step's code is too old to give. */
        private static final int PREVIOUS_STEP_MARGIN = 10;
        private long lastStep;

        public Staff(String login, String password, String secret) {
            this.login = login;
            this.password = password;
            this.secret = secret;
        }

        public String login() {
            return login;
        }

        public String password() {
            return password;
        }

        public String secret() {
            return secret;
        }

        /**
         * A code the console will accept: of the previous, current or next step, and of none used before. The previous
         * step's only while the current one has a while to run: typed and sent on a loaded machine, it would be two
         * steps old when the console reads it.
         */
        public synchronized String nextCode() {
            boolean early = Instant.now().getEpochSecond() % STEP_SECONDS < STEP_SECONDS - PREVIOUS_STEP_MARGIN;
            long step = Math.max(currentStep() - (early ? 1 : 0), lastStep + 1);
            if (step > currentStep() + 1) {
                Awaitility.await().atMost(Duration.ofSeconds(40)).pollInterval(Duration.ofMillis(200))
                        .until(() -> currentStep() + 1 >= lastStep + 1);
                step = lastStep + 1;
            }
            lastStep = step;
            return code(secret, step);
        }

        /** The code of the step used last: one the console has seen. */
        public synchronized String usedCode() {
            return code(secret, lastStep);
        }
    }

    /** A new account with a fresh login ({@code staff1}, ...) and the given roles. */
    public static Staff create(RunningBot bot, Set<Role> roles) {
        return create(bot, new NewAccount("staff" + NUMBER.incrementAndGet(), roles, null, null));
    }

    /** A new account as requested, with the password {@link #PASSWORD} and a second factor set up. */
    public static Staff create(RunningBot bot, NewAccount request) {
        String secret = Totp.newSecret();
        String login = bot.bean(Accounts.class).create(request, PASSWORD, secret, "test").login();
        return new Staff(login, PASSWORD, secret);
    }

    /** Logs the browser in with password and code; it ends on the page the console opens with. */
    public static void logIn(WebDriver browser, RunningBot bot, Staff staff) {
        browser.manage().deleteAllCookies();
        browser.get(bot.url("/console/login"));
        typePassword(browser, staff.login(), staff.password());
        waiting(browser).until(d -> d.getCurrentUrl().endsWith("/console/login/code"));
        browser.findElement(By.id("code")).sendKeys(staff.nextCode());
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        waiting(browser).until(d -> !d.getCurrentUrl().contains("/console/login"));
    }

    /** Fills and sends the login form of the page the browser is on. */
    public static void typePassword(WebDriver browser, String login, String password) {
        browser.findElement(By.id("username")).sendKeys(login);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
    }

    /** An HTTP client logged in as the account. */
    public static ConsoleHttp http(RunningBot bot, Staff staff) {
        ConsoleHttp http = new ConsoleHttp(bot);
        assertThat(http.logInWithPassword(staff.login(), staff.password()).headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).endsWith("/console/login/code"));
        assertThat(http.submit("/console/login/code", "/console/login/code", "code", staff.nextCode()).statusCode())
                .isEqualTo(302);
        return http;
    }

    /** Waits up to 10 seconds; an element replaced by a page load meanwhile is looked for again. */
    public static WebDriverWait waiting(WebDriver browser) {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    /** The RFC 6238 code of a step, computed apart from the console's own code. */
    public static String code(String secret, long step) {
        try {
            return new TimeBasedOneTimePasswordGenerator(Duration.ofSeconds(STEP_SECONDS), 6)
                    .generateOneTimePasswordString(new SecretKeySpec(new Base32().decode(secret), "HmacSHA1"),
                            Instant.ofEpochSecond(step * STEP_SECONDS), Locale.ROOT);
        } catch (InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long currentStep() {
        return Instant.now().getEpochSecond() / STEP_SECONDS;
    }

    /** The secret of an otpauth URI, as an authenticator app reads it. */
    public static String secretOf(String otpauthUri) {
        int start = otpauthUri.indexOf("secret=") + "secret=".length();
        int end = otpauthUri.indexOf('&', start);
        return otpauthUri.substring(start, end < 0 ? otpauthUri.length() : end);
    }
}
