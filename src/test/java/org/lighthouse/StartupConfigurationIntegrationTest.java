package org.lighthouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lighthouse.shared.ConfigurationProblem;
import org.lighthouse.testing.BotProcess;
import org.lighthouse.testing.FakeTelegram;
import org.lighthouse.testing.ProjectCopy;
import org.lighthouse.testing.RunningBot;

/** Wrong configuration stops Lighthouse at once, with one line that says what to fix. */
class StartupConfigurationIntegrationTest {

    @TempDir
    Path data;

    /** The command line prints one clear line and exits with status 2 for a malformed token. */
    @Test
    void malformedTokenIsOneClearLine() throws Exception {
        try (BotProcess process = BotProcess.start(Map.of("TELEGRAM_BOT_TOKEN", "not a token",
                "LIGHTHOUSE_DATA_DIR", data.toString()), "--server.port=0")) {
            assertThat(process.awaitExit()).isEqualTo(2);
            List<String> output = process.output();
            assertThat(output.get(output.size() - 1)).isEqualTo("lighthouse: cannot start: TELEGRAM_BOT_TOKEN does not"
                    + " look like a bot token (digits, a colon, then letters, digits, - or _, as BotFather gives it):"
                    + " copy it again from BotFather, or unset it to run without Telegram");
        }
    }

    /** A token Telegram refuses stops start-up. */
    @Test
    void refusedTokenStopsStartup() throws Exception {
        try (FakeTelegram telegram = new FakeTelegram()) {
            assertThatThrownBy(() -> RunningBot.start(telegram, data, "lighthouse.telegram.token=987654321:"
                    + "WRONG-token-that-telegram-does-not-know")).satisfies(e -> assertThat(problem(e))
                            .startsWith("Telegram refused TELEGRAM_BOT_TOKEN (401"));
        }
    }

    /** A data directory that cannot be written says so, and names the setting. */
    @Test
    void unwritableDataDirectoryStopsStartup() throws IOException {
        Path file = Files.writeString(data.resolve("a-file"), "not a directory");
        assertThatThrownBy(() -> RunningBot.startWithoutTelegram(file)).satisfies(e -> assertThat(problem(e))
                .contains("is not writable").contains("LIGHTHOUSE_DATA_DIR"));
    }

    /**
     * A MongoDB that cannot be reached stops start-up after 5 s of trying (the driver's own wait is 30 s), naming
     * MONGODB_URI. The problem says how long it waited: the whole start's time depends on how busy the machine is.
     */
    @Test
    void unreachableDatabaseStopsStartupQuickly() {
        assertThatThrownBy(() -> RunningBot.startWithoutTelegram(data, "lighthouse.database.uri=mongodb://127.0.0.1:1/x"))
                .satisfies(e -> assertThat(problem(e)).startsWith("cannot reach MongoDB at MONGODB_URI")
                        .contains("after trying for 5 s"));
    }

    /** A MONGODB_URI that is not a connection string says how to write one. */
    @Test
    void malformedDatabaseUriSaysHowToWriteIt() {
        assertThatThrownBy(() -> RunningBot.startWithoutTelegram(data, "lighthouse.database.uri=postgres://db/x"))
                .satisfies(e -> assertThat(problem(e)).startsWith("MONGODB_URI is not a MongoDB connection string")
                        .contains("mongodb://host:27017/lighthouse"));
    }

    /** Invalid content stops the start with the first problem, its file and field, and how to see them all. */
    @Test
    void invalidContentStopsStartup(@TempDir Path root) throws IOException {
        ProjectCopy.into(root);
        Path lesson = root.resolve("content/lessons/sm/sm-1.yml");
        Files.writeString(lesson, Files.readString(lesson).replace("correct: true", "correct: false"));
        assertThatThrownBy(() -> RunningBot.startWithoutTelegram(data, "lighthouse.files.root=" + root))
                .satisfies(e -> assertThat(problem(e)).contains("content/lessons/sm/sm-1.yml: quiz[0].options: exactly"
                        + " one option must have correct: true (found 0)").contains("content-check"));
    }

    /** An unknown command-line tool is named, with the list of tools. */
    @Test
    void unknownToolIsNamed() throws Exception {
        try (BotProcess process = BotProcess.start(Map.of(), "frobnicate")) {
            assertThat(process.awaitExit()).isEqualTo(2);
            assertThat(process.output()).anySatisfy(line -> assertThat(line)
                    .startsWith("lighthouse: unknown command 'frobnicate'"));
        }
    }

    private static String problem(Throwable e) {
        return ConfigurationProblem.in(e).map(Throwable::getMessage).orElseThrow(() -> new AssertionError(e));
    }
}
