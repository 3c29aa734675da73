package org.lighthouse.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lighthouse.console.accounts.AccountStore;
import org.lighthouse.console.accounts.AccountStore.ResponderAccount;
import org.lighthouse.console.accounts.Accounts.NewAccount;
import org.lighthouse.console.security.SecondFactorSwitch;
import org.lighthouse.shared.SecurityHeaders;
import org.lighthouse.testing.ConsoleHttp;
import org.lighthouse.testing.ConsoleLogin;
import org.lighthouse.testing.ConsoleLogin.Staff;
import org.lighthouse.testing.RunningBot;

/**
 * The console's security over plain HTTP: who may open what, CSRF, headers, the session cookie, locks, codes used once,
 * disabled accounts, the audit log and its CSV. Locks last 8 seconds here, so that their end can be waited for.
 */
class ConsoleSecurityIntegrationTest {

    @TempDir
    static Path data;
    static RunningBot bot;

    @BeforeAll
    static void start() {
        bot = RunningBot.startWithoutTelegram(data, "lighthouse.console.lock-for=8s",
                "server.forward-headers-strategy=native");
    }

    /** An admin of their own for each test: each login takes a code of another 30-second step. */
    private static Staff admin() {
        return ConsoleLogin.create(bot, Set.of(Role.ADMIN));
    }

    @AfterAll
    static void stop() {
        bot.close();
    }

    /** A logged-out browser asking for a case page is sent to the login page; a script's fetch gets 401. */
    @Test
    void loggedOutRequestsGoToLogin() {
        ConsoleHttp http = new ConsoleHttp(bot);
        for (String page : List.of("/console/cases/C-123", "/console/queue", "/console/admin/accounts", "/console")) {
            HttpResponse<String> response = http.get(page);
            assertThat(response.statusCode()).as(page).isEqualTo(302);
            assertThat(response.headers().firstValue("Location")).as(page).hasValue(bot.url("/console/login"));
        }
        assertThat(http.get("/console/cases/C-123", "Sec-Fetch-Mode", "cors").statusCode()).isEqualTo(401);
        assertThat(http.get("/console/queue", "Accept", "application/json").statusCode()).isEqualTo(401);
        assertThat(http.follow(http.get("/console/queue")).body()).contains("name=\"username\"");
    }

    /** Teachers, and admins who are not responders, get 403 on every case page; responders reach them. */
    @Test
    void casePagesAreForRespondersOnly() {
        ConsoleHttp teacher = ConsoleLogin.http(bot, ConsoleLogin.create(bot, Set.of(Role.TEACHER)));
        ConsoleHttp adminOnly = ConsoleLogin.http(bot, admin());
        for (String page : List.of("/console/queue", "/console/cases/anything", "/console/closed",
                "/console/figures/week")) {
            assertThat(teacher.get(page).statusCode()).as("teacher " + page).isEqualTo(403);
            assertThat(adminOnly.get(page).statusCode()).as("admin " + page).isEqualTo(403);
        }
        assertThat(teacher.get("/console/admin/accounts").statusCode()).isEqualTo(403);
        assertThat(teacher.get("/console").headers().firstValue("Location")).hasValueSatisfying(
                to -> assertThat(to).endsWith("/console/teach"));
        assertThat(adminOnly.get("/console").headers().firstValue("Location")).hasValueSatisfying(
                to -> assertThat(to).endsWith("/console/admin/accounts"));

        ConsoleHttp responder = ConsoleLogin.http(bot, ConsoleLogin.create(bot, Set.of(Role.RESPONDER)));
        assertThat(responder.get("/console").headers().firstValue("Location")).hasValueSatisfying(
                to -> assertThat(to).endsWith("/console/queue"));
        assertThat(responder.get("/console/queue").statusCode()).isEqualTo(200);
        assertThat(responder.get("/console/admin/audit").statusCode()).isEqualTo(403);
    }

    /** After the password alone, the session reaches the code page and nothing else. */
    @Test
    void halfLoggedInReachesOnlyTheCodePage() {
        Staff responder = ConsoleLogin.create(bot, Set.of(Role.RESPONDER, Role.ADMIN));
        ConsoleHttp http = new ConsoleHttp(bot);
        http.logInWithPassword(responder.login(), responder.password());
        assertThat(http.get("/console/login/code").statusCode()).isEqualTo(200);
        for (String page : List.of("/console/queue", "/console/admin/accounts", "/console", "/console/login/setup")) {
            assertThat(http.get(page).headers().firstValue("Location")).as(page).hasValueSatisfying(
                    to -> assertThat(to).endsWith("/console/login/code"));
        }
        assertThat(http.submit("/console/login/code", "/console/login/code", "code", "000000").body())
                .contains("Mã không đúng");
    }

    /** A form posted without its CSRF token is refused with 403 and changes nothing. */
    @Test
    void postWithoutCsrfTokenChangesNothing() {
        ConsoleHttp http = ConsoleLogin.http(bot, admin());
        HttpResponse<String> refused = http.post("/console/admin/security", Map.of("required", "false"));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(bot.bean(SecondFactorSwitch.class).on()).isTrue();
        assertThat(http.post("/console/logout", Map.of()).statusCode()).isEqualTo(403);
        assertThat(http.get("/console/admin/security").statusCode()).isEqualTo(200);
    }

    /** Console pages carry the strict policy, refuse framing, say no-store; the login page too. */
    @Test
    void consolePagesCarryStrictHeaders() {
        ConsoleHttp http = ConsoleLogin.http(bot, admin());
        for (HttpResponse<String> page : List.of(new ConsoleHttp(bot).get("/console/login"),
                http.get("/console/admin/accounts"), http.get("/console/queue"))) {
            assertThat(page.headers().firstValue("Content-Security-Policy")).hasValue(SecurityHeaders.POLICY);
            assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
            assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
            assertThat(page.headers().firstValue("Cache-Control")).hasValueSatisfying(
                    value -> assertThat(value).contains("no-store"));
        }
    }

    /** The session cookie is HttpOnly, SameSite=Lax, for /console only, and Secure when the request came over HTTPS. */
    @Test
    void sessionCookieIsGuarded() {
        String plain = new ConsoleHttp(bot).get("/console/login").headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(plain).contains("HttpOnly", "SameSite=Lax", "Path=/console").doesNotContain("Secure");
        String overHttps = new ConsoleHttp(bot).get("/console/login", "X-Forwarded-Proto", "https").headers()
                .firstValue("Set-Cookie").orElseThrow();
        assertThat(overHttps).contains("HttpOnly", "SameSite=Lax", "Secure");
    }

    /**
     * Five wrong passwords lock the account: the right password is refused too, with the same message, until the lock
     * ends (8 seconds here, 15 minutes by default) or an admin lifts it.
     */
    @Test
    void fiveFailuresLockTheAccountForAWhile() {
        Staff responder = ConsoleLogin.create(bot, Set.of(Role.RESPONDER));
        ConsoleHttp http = new ConsoleHttp(bot);
        for (int i = 1; i <= 4; i++) {
            assertThat(http.logInWithPassword(responder.login(), "wrong password " + i).headers()
                    .firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/console/login?error"));
        }
        assertThat(http.logInWithPassword(responder.login(), "wrong password 5").headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).endsWith("/console/login?locked"));
        assertThat(http.logInWithPassword(responder.login(), responder.password()).headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).endsWith("/console/login?locked"));
        assertThat(http.get("/console/login?locked").body()).contains("Tài khoản tạm bị khoá");
        // every try is a login from this address, which has 30 per 10 minutes with the class's other tests: few tries
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(3)).until(() ->
                http.logInWithPassword(responder.login(), responder.password()).headers().firstValue("Location")
                        .orElse("").endsWith("/console/login/code"));
    }

    /** Wrong codes count too, and a code is accepted once: the same code cannot log in again. */
    @Test
    void codesCountAndAreUsedOnce() {
        Staff responder = ConsoleLogin.create(bot, Set.of(Role.RESPONDER));
        ConsoleHttp first = ConsoleLogin.http(bot, responder);
        assertThat(first.get("/console/queue").statusCode()).isEqualTo(200);

        ConsoleHttp again = new ConsoleHttp(bot);
        again.logInWithPassword(responder.login(), responder.password());
        HttpResponse<String> reused = again.submit("/console/login/code", "/console/login/code", "code",
                responder.usedCode());
        assertThat(reused.statusCode()).isEqualTo(200);
        assertThat(reused.body()).contains("Mã không đúng hoặc đã được dùng");
        for (int i = 0; i < 3; i++) {
            again.submit("/console/login/code", "/console/login/code", "code", "123456");
        }
        HttpResponse<String> locked = again.submit("/console/login/code", "/console/login/code", "code", "654321");
        assertThat(locked.headers().firstValue("Location")).hasValueSatisfying(
                to -> assertThat(to).endsWith("/console/login?locked"));
        assertThat(again.get("/console/login/code").statusCode()).isEqualTo(302);
    }

    /** An account an admin disables loses its session at its next request; an admin's changes apply at once. */
    @Test
    void adminChangesApplyAtOnce() {
        Staff responder = ConsoleLogin.create(bot, Set.of(Role.RESPONDER));
        ConsoleHttp session = ConsoleLogin.http(bot, responder);
        ConsoleHttp adminHttp = ConsoleLogin.http(bot, admin());
        String page = "/console/admin/accounts/" + responder.login();
        String version = versionOn(adminHttp.get(page).body());
        assertThat(adminHttp.submit(page, page, "version", version, "roles", "TEACHER", "alias", "Cô Lan",
                "telegram", "").statusCode()).isEqualTo(302);
        assertThat(session.get("/console/queue").statusCode()).isEqualTo(403);
        assertThat(session.get("/console/teach").body()).contains("Cô Lan");

        assertThat(adminHttp.submit(page, page, "version", version, "roles", "RESPONDER", "alias", "x",
                "telegram", "").body()).contains("vừa được người khác thay đổi");

        adminHttp.submit(page, page + "/disabled", "disabled", "true");
        assertThat(session.get("/console").headers().firstValue("Location")).hasValueSatisfying(
                to -> assertThat(to).endsWith("/console/login"));
        assertThat(new ConsoleHttp(bot).logInWithPassword(responder.login(), responder.password()).headers()
                .firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/console/login?disabled"));
    }

    /** Logins and account changes are in the audit log, newest first, and in its CSV, where no cell is a formula. */
    @Test
    void auditLogListsLoginsAndChanges() {
        Staff responder = ConsoleLogin.create(bot, Set.of(Role.RESPONDER));
        Staff admin = admin();
        ConsoleHttp adminHttp = ConsoleLogin.http(bot, admin);
        new ConsoleHttp(bot).logInWithPassword("=HYPERLINK(\"http://evil\")", "whatever else");
        String page = "/console/admin/accounts/" + responder.login();
        adminHttp.submit(page, page, "version", versionOn(adminHttp.get(page).body()), "roles", "RESPONDER",
                "alias", "Minh", "telegram", "777001");

        String audit = adminHttp.get("/console/admin/audit?login=" + admin.login()).body();
        assertThat(audit).contains("account.changed", "login=" + responder.login(), "telegram=777001", "login");
        assertThat(audit.indexOf("account.changed")).isLessThan(audit.lastIndexOf(">login<"));

        String csv = adminHttp.get("/console/admin/audit.csv").body();
        assertThat(csv).startsWith("\uFEFFat,who,case,action,detail").contains(",account.changed,",
                "," + admin.login() + ",,login,", "\"'=hyperlink(\"\"http://evil\"\")\"");
        assertThat(csv.lines().filter(line -> line.contains("hyperlink")))
                .isNotEmpty().allSatisfy(line -> assertThat(line).doesNotContain(",=hyperlink", ",\"=hyperlink"));
    }

    /** The safety net's view of responders: linked to Telegram by id, else by login; disabled ones are not there. */
    @Test
    void respondersAreListedWithTheirKeys() {
        ConsoleLogin.create(bot, new NewAccount("linked.responder", Set.of(Role.RESPONDER), "Hoa",
                424242L));
        Staff unlinked = ConsoleLogin.create(bot, new NewAccount("web.responder", Set.of(Role.RESPONDER, Role.ADMIN),
                null, null));
        Staff admin = admin();
        List<ResponderAccount> responders = bot.bean(AccountStore.class).enabledResponders();
        assertThat(responders).contains(new ResponderAccount("424242", "Hoa", 424242L),
                new ResponderAccount("@web.responder", "web.responder", null));
        assertThat(responders).extracting(ResponderAccount::responderKey).doesNotContain("@" + admin.login());
        bot.bean(AccountStore.class).setDisabled(unlinked.login(), true);
        assertThat(bot.bean(AccountStore.class).enabledResponders()).extracting(ResponderAccount::responderKey)
                .doesNotContain("@web.responder").contains("424242");
    }

    /** The console speaks the browser's language until the account chooses one in the header. */
    @Test
    void languageFollowsTheBrowserThenTheAccount() {
        assertThat(new ConsoleHttp(bot).get("/console/login", "Accept-Language", "en-US,en;q=0.9").body())
                .contains("<h1>Log in</h1>");
        assertThat(new ConsoleHttp(bot).get("/console/login", "Accept-Language", "fr, vi;q=0.5").body())
                .contains("<h1>Đăng nhập</h1>");
        Staff teacher = ConsoleLogin.create(bot, Set.of(Role.TEACHER));
        ConsoleHttp http = ConsoleLogin.http(bot, teacher);
        assertThat(http.get("/console/teach").body()).contains("Liên kết tài khoản với lớp của bạn");
        assertThat(http.submit("/console/teach", "/console/language", "language", "en", "back", "/console/teach")
                .headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/console/teach"));
        assertThat(http.get("/console/teach").body()).contains("Link your account to your classes")
                .doesNotContain("??");
        assertThat(http.submit("/console/teach", "/console/language", "language", "vi", "back", "https://evil.example/")
                .headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/console"));
    }

    private static String versionOn(String page) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(page);
        assertThat(m.find()).as("a version field in the page").isTrue();
        return m.group(1);
    }
}
