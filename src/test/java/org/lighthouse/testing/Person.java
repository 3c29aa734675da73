package org.lighthouse.testing;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import org.lighthouse.testing.FakeTelegram.Call;

/**
 * Someone using the bot in a private Telegram chat, pressing the buttons of the last message they got. What they wait
 * for is looked for among the messages that came after their last action, so that an older message never stands in
 * for the answer.
 */
public final class Person {

    private final FakeTelegram telegram;
    private final long user;
    private int mark;

    public Person(FakeTelegram telegram, long user) {
        this.telegram = telegram;
        this.user = user;
    }

    public long user() {
        return user;
    }

    /**
     * First contact: /start, then the language button; the answer is the language set, the menu and the offer of the
     * anonymous check-in, which the person's next action passes over.
     */
    public void chooses(String language) {
        telegram.userSends(user, "/start");
        Call prompt = telegram.awaitMessages(user, 1).get(0);
        telegram.userPresses(user, FakeTelegram.messageId(prompt), "lang:" + language);
        telegram.awaitMessages(user, 4);
        mark = telegram.messagesTo(user).size();
    }

    /**
     * First contact of someone who runs the programme (an admin, a teacher, a responder), who is never offered the
     * check-in: the answer is the language set and the menu.
     */
    public void choosesAsStaff(String language) {
        telegram.userSends(user, "/start");
        Call prompt = telegram.awaitMessages(user, 1).get(0);
        telegram.userPresses(user, FakeTelegram.messageId(prompt), "lang:" + language);
        telegram.awaitMessages(user, 3);
        mark = telegram.messagesTo(user).size();
    }

    public void writes(String text) {
        mark = telegram.messagesTo(user).size();
        telegram.userSends(user, text);
    }

    /** Sends a picture (PNG), with a caption or none (null). */
    public void sendsPhoto(byte[] png, String caption) {
        mark = telegram.messagesTo(user).size();
        telegram.userSendsPhoto(user, png, caption);
    }

    /** Sends a voice message (OGG) of {@code seconds}. */
    public void sendsVoice(byte[] ogg, int seconds) {
        mark = telegram.messagesTo(user).size();
        telegram.userSendsVoice(user, ogg, seconds, false);
    }

    /** Forwards a picture someone else posted. */
    public void forwardsPhoto(byte[] png) {
        mark = telegram.messagesTo(user).size();
        telegram.userForwardsPhoto(user, png);
    }

    public void presses(String data) {
        List<Call> sent = telegram.messagesTo(user);
        mark = sent.size();
        int messageId = sent.isEmpty() ? 1 : FakeTelegram.messageId(sent.get(sent.size() - 1));
        telegram.userPresses(user, messageId, data);
    }

    /** Waits for a message, after the last action, that matches; returns the newest such. */
    public Call waitsFor(Predicate<Call> matching) {
        await().atMost(Duration.ofSeconds(20)).until(() -> since().stream().anyMatch(matching));
        return since().stream().filter(matching).reduce((a, b) -> b).orElseThrow();
    }

    private List<Call> since() {
        List<Call> all = telegram.messagesTo(user);
        return all.subList(Math.min(mark, all.size()), all.size());
    }
}
