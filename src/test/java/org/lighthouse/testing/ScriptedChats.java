package org.lighthouse.testing;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.lighthouse.testing.FakeTelegram.Call;

/**
 * Many people writing to the bot at once through the Telegram stand-in, each following a script: one starts within
 * {@code spread} of the others, and pauses up to {@code longestPause} between two actions (or does not pause), as
 * people do, without waiting for the bot's answers; pressing a button waits for a message to press it under.
 */
public final class ScriptedChats implements AutoCloseable {

    /** What a person does: writes a text, or presses a button (its data) under the newest message they got. */
    public record Action(String text, String press) {

        public static Action writes(String text) {
            return new Action(text, null);
        }

        public static Action presses(String data) {
            return new Action(null, data);
        }
    }

    private static final long LOOK_AGAIN_MILLIS = 50;

    private final FakeTelegram telegram;
    private final Map<Long, List<Action>> scripts;
    private final Duration longestPause;
    private final ScheduledExecutorService people = Executors.newScheduledThreadPool(2);
    private final AtomicInteger done = new AtomicInteger();
    private final int total;

    private ScriptedChats(FakeTelegram telegram, Map<Long, List<Action>> scripts, Duration longestPause) {
        this.telegram = telegram;
        this.scripts = Map.copyOf(scripts);
        this.longestPause = longestPause;
        this.total = scripts.values().stream().mapToInt(List::size).sum();
    }

    /** Starts every script (by chat id), each from a random moment within {@code spread}. */
    public static ScriptedChats start(FakeTelegram telegram, Map<Long, List<Action>> scripts, Duration spread,
            Duration longestPause) {
        ScriptedChats chats = new ScriptedChats(telegram, scripts, longestPause);
        scripts.keySet().forEach(chat -> chats.people.schedule(() -> chats.act(chat, 0, new Random(chat)),
                new Random(-chat).nextInt((int) spread.toMillis() + 1), TimeUnit.MILLISECONDS));
        return chats;
    }

    /** Actions taken so far, by everyone. */
    public int done() {
        return done.get();
    }

    public int total() {
        return total;
    }

    @Override
    public void close() {
        people.shutdownNow();
    }

    private void act(long chat, int step, Random random) {
        Action action = scripts.get(chat).get(step);
        if (action.text() != null) {
            telegram.userSends(chat, action.text());
        } else {
            List<Call> got = telegram.messagesTo(chat);
            if (got.isEmpty()) {
                people.schedule(() -> act(chat, step, random), LOOK_AGAIN_MILLIS, TimeUnit.MILLISECONDS);
                return;
            }
            telegram.userPresses(chat, FakeTelegram.messageId(got.get(got.size() - 1)), action.press());
        }
        done.incrementAndGet();
        if (step + 1 < scripts.get(chat).size()) {
            long pause = random.nextInt(3) == 0 ? 0 : random.nextInt((int) longestPause.toMillis() + 1);
            people.schedule(() -> act(chat, step + 1, random), pause, TimeUnit.MILLISECONDS);
        }
    }
}
