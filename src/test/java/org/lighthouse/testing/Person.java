package org.lighthouse.testing;

import java.util.List;
import java.util.function.Predicate;
import org.lighthouse.testing.FakeTelegram.Call;

/** Someone using the bot in a private Telegram chat, pressing the buttons of the last message they got. */
public record Person(FakeTelegram telegram, long user) {

    /** First contact: /start, then the language button. */
    public void chooses(String language) {
        telegram.userSends(user, "/start");
        Call prompt = telegram.awaitMessages(user, 1).get(0);
        telegram.userPresses(user, FakeTelegram.messageId(prompt), "lang:" + language);
        telegram.awaitMessages(user, 3);
    }

    public void writes(String text) {
        telegram.userSends(user, text);
    }

    public void presses(String data) {
        List<Call> sent = telegram.messagesTo(user);
        int messageId = sent.isEmpty() ? 1 : FakeTelegram.messageId(sent.get(sent.size() - 1));
        telegram.userPresses(user, messageId, data);
    }

    public Call waitsFor(Predicate<Call> matching) {
        return telegram.awaitMessage(user, matching);
    }
}
