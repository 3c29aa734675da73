package org.lighthouse.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lighthouse.console.AccountCommands.Terminal;
import org.lighthouse.console.accounts.AccountStore;
import org.lighthouse.testing.ConsoleHttp;
import org.lighthouse.testing.ConsoleLogin;
import org.lighthouse.testing.ConsoleLogin.Staff;
import org.lighthouse.testing.RunningBot;

/**
 * {@code create-admin} and {@code create-account} as an operator runs them, the password on standard input: the
 * account they make can log in; weak passwords, a password argument, a taken login are refused with one line; a data
 * directory a running bot holds is named, not a stack trace.
 */
class AccountCommandsIntegrationTest {

    @TempDir
    static Path data;
    @TempDir
    static Path otherData;
    static RunningBot bot;
    static Run created;

    /** What a command printed and how it ended. */
    record Run(int status, String out, String err) {
    }

    @BeforeAll
    static void createThenStart() {
        created = run(data, "create-account", "hoa", "--roles", "RESPONDER,ADMIN", "--telegram", "5550001",
                "--alias", "Chị Hoa", "<", "the river is wide today");
        bot = RunningBot.startWithoutTelegram(data);
    }

    @AfterAll
    static void stop() {
        bot.close();
    }

    /** The account made on the command line logs in with its password and a code of the printed secret. */
    @Test
    void createdAccountLogsIn() {
        assertThat(created.status()).as(created.err()).isZero();
        String uri = created.out().lines().filter(line -> line.startsWith("otpauth://")).findFirst().orElseThrow();
        assertThat(uri).startsWith("otpauth://totp/Lighthouse:hoa?secret=").endsWith("&issuer=Lighthouse");
        ConsoleHttp http = ConsoleLogin.http(bot, new Staff("hoa", "the river is wide today",
                ConsoleLogin.secretOf(uri)));
        assertThat(http.get("/console/queue").body()).contains("Chị Hoa");
        assertThat(bot.bean(AccountStore.class).find("hoa").orElseThrow().roles())
                .isEqualTo(Set.of(Role.RESPONDER, Role.ADMIN));
    }

    /** While the bot runs on the data directory, the command says to stop it first, in one line. */
    @Test
    void dataDirectoryInUseIsSaidInOneLine() {
        Run refused = run(data, "create-admin", "boss", "<", "a very long password indeed");
        assertThat(refused.status()).isEqualTo(1);
        assertThat(refused.err().strip()).isEqualTo("lighthouse: the data directory " + data.toAbsolutePath()
                + " is in use by a running Lighthouse: stop Lighthouse first, or invite the account from the console"
                + " (/console/admin/accounts)");
        assertThat(refused.out()).isEmpty();
    }

    /** Short, common and login-like passwords, a taken login and a malformed Telegram id are refused (status 1). */
    @Test
    void weakPasswordsAndTakenLoginsAreRefused() {
        assertThat(run(otherData, "create-admin", "mai", "<", "short")).isEqualTo(new Run(1, "",
                "lighthouse: The password needs at least 10 characters.\n"));
        assertThat(run(otherData, "create-admin", "mai", "<", "Password1234").err())
                .isEqualTo("lighthouse: This password is too common: attackers try it first. Choose another one.\n");
        assertThat(run(otherData, "create-admin", "mai.nguyen", "<", "MAI.NGUYEN").err())
                .isEqualTo("lighthouse: The password must not be the login.\n");
        assertThat(run(otherData, "create-admin", "mai", "<", "").status()).isEqualTo(1);
        assertThat(run(otherData, "create-admin", "mai", "<", "a good long sentence").status()).isZero();
        assertThat(run(otherData, "create-account", "MAI", "--roles", "TEACHER", "<", "another long sentence").err())
                .isEqualTo("lighthouse: The login 'mai' is taken.\n");
        assertThat(run(otherData, "create-account", "tuan", "--roles", "RESPONDER", "--telegram", "12ab")).isEqualTo(
                new Run(1, "", "lighthouse: '12ab' is not a Telegram user id (a positive number).\n"));
        assertThat(run(otherData, "create-account", "tuan", "--roles", "RESPONDER,BOSS").err())
                .isEqualTo("lighthouse: There is no role 'BOSS'. Roles: RESPONDER, ADMIN, TEACHER, REVIEWER, CONTENT.\n");
    }

    /** A password given as an argument, a missing login or --roles: usage errors (status 2), nothing created. */
    @Test
    void usageErrors() {
        Run password = run(otherData, "create-admin", "tuan", "--password", "a good long sentence");
        assertThat(password.status()).isEqualTo(2);
        assertThat(password.err()).startsWith("lighthouse: the password is never an argument");
        assertThat(run(otherData, "create-account", "tuan", "--password=x", "--roles", "ADMIN").status())
                .isEqualTo(2);
        assertThat(run(otherData, "create-account", "tuan").err()).startsWith("lighthouse: --roles is missing\n");
        assertThat(run(otherData, "create-admin").status()).isEqualTo(2);
        assertThat(run(otherData, "create-admin", "a", "b").status()).isEqualTo(2);
    }

    /** Runs a command on a data directory; what follows {@code "<"} is standard input's first line. */
    private static Run run(Path dataDir, String command, String... words) {
        int lt = java.util.Arrays.asList(words).indexOf("<");
        String[] args = lt < 0 ? words : java.util.Arrays.copyOf(words, lt);
        String stdin = lt < 0 ? "" : words[lt + 1] + "\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Terminal terminal = new Terminal(null, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        int status = AccountCommands.run(command.equals("create-account"), args, terminal,
                "--lighthouse.database.data-dir=" + dataDir);
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
