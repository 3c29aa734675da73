package org.lighthouse.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One running bot and its Bot API stand-in for all the tests of a class, on a fresh data directory:
 * {@code @RegisterExtension static BotUnderTest bot = new BotUnderTest("setting=value", ...);}
 */
public final class BotUnderTest implements BeforeAllCallback, AfterAllCallback {

    private final String[] settings;
    private final boolean webhook;
    private final AutoCloseable standIn;
    private Path data;
    private FakeTelegram telegram;
    private RunningBot bot;

    public BotUnderTest(String... settings) {
        this(false, () -> { }, settings);
    }

    private BotUnderTest(boolean webhook, AutoCloseable standIn, String... settings) {
        this.settings = settings;
        this.webhook = webhook;
        this.standIn = standIn;
    }

    /** The bot in Telegram's webhook mode ({@link RunningBot#startInWebhookMode}). */
    public static BotUnderTest inWebhookMode(String... settings) {
        return new BotUnderTest(true, () -> { }, settings);
    }

    /**
     * The bot on another platform too, through its stand-in ({@link FakeZalo}, {@link FakeMessenger}) and the settings
     * that point at it; the stand-in is closed after the bot, which would otherwise keep calling it.
     */
    public static BotUnderTest with(AutoCloseable standIn, String... settings) {
        return new BotUnderTest(false, standIn, settings);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        data = Files.createTempDirectory("lighthouse-test");
        telegram = new FakeTelegram();
        bot = webhook ? RunningBot.startInWebhookMode(telegram, data, settings)
                : RunningBot.start(telegram, data, settings);
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        bot.close();
        standIn.close();
        telegram.close();
        try (Stream<Path> files = Files.walk(data)) {
            files.sorted(Comparator.reverseOrder()).forEach(BotUnderTest::delete);
        }
    }

    public FakeTelegram telegram() {
        return telegram;
    }

    public RunningBot bot() {
        return bot;
    }

    /** The bot's data directory (the embedded database's journal, recordings). */
    public Path dataDir() {
        return data;
    }

    public Person person(long user) {
        return new Person(telegram, user);
    }

    private static void delete(Path file) {
        try {
            Files.delete(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
