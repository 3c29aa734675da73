package org.lighthouse.console.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lighthouse.console.Role;
import org.lighthouse.console.accounts.AccountStore;
import org.lighthouse.testing.ConsoleHttp;
import org.lighthouse.testing.ConsoleLogin;
import org.lighthouse.testing.ConsoleLogin.Staff;
import org.lighthouse.testing.RunningBot;

/**
 * A guesser who tries many logins from one address is held back, whatever the accounts: the lock after five wrong
 * passwords holds one account, this holds the address (set to 3 attempts here).
 */
class LoginAttemptsIntegrationTest {

    @TempDir
    static Path data;
    static RunningBot bot;

    @BeforeAll
    static void start() {
        bot = RunningBot.startWithoutTelegram(data, "lighthouse.console.login-attempts=3");
    }

    @AfterAll
    static void stop() {
        bot.close();
    }

    @Test
    void manyLoginsFromOneAddressMustWait() {
        Staff hoa = ConsoleLogin.create(bot, Set.of(Role.RESPONDER));
        ConsoleHttp guesser = new ConsoleHttp(bot);
        for (String login : new String[] {"admin", "root", "test"}) {
            assertThat(location(guesser.logInWithPassword(login, "password1234"))).endsWith("/console/login?error");
        }
        assertThat(location(guesser.logInWithPassword(hoa.login(), hoa.password()))).endsWith("/console/login?wait");
        assertThat(guesser.get("/console/login?wait").body()).contains("Có quá nhiều lần đăng nhập từ kết nối này");
        assertThat(bot.bean(AccountStore.class).find(hoa.login()).orElseThrow().failedLogins())
                .as("the account itself is not counted against").isZero();
    }

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElseThrow();
    }
}
