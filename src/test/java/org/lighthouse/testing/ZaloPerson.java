package org.lighthouse.testing;

import static org.awaitility.Awaitility.await;

import java.text.Normalizer;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.lighthouse.testing.FakeZalo.Call;

/**
 * Someone chatting with the bot on Zalo, where there are no buttons: they answer the numbered choices of the bot's
 * messages by typing a number or the words. What they wait for is looked for among the messages that came after their
 * last message, so that an older message never stands in for the answer.
 */
public final class ZaloPerson {

    private final FakeZalo zalo;
    private final String id;
    private int mark;

    public ZaloPerson(FakeZalo zalo, String id) {
        this.zalo = zalo;
        this.id = id;
    }

    public String id() {
        return id;
    }

    /**
     * First contact: a greeting, then the language's number from the three-language question; the answer ends with
     * the menu and the offer of the anonymous check-in, which the person's next message passes over.
     */
    public void chooses(String languageName) {
        writes("Xin chào");
        Call prompt = waitsFor(c -> c.numberOf(languageName).isPresent());
        writes(prompt.numberOf(languageName).orElseThrow());
        waitsFor(c -> c.numberOf("🌐").isPresent());
        waitsFor(c -> c.numberOf("▶️").isPresent());
    }

    public void writes(String text) {
        mark = zalo.messagesTo(id).size();
        zalo.userSends(id, text);
    }

    /** Sends a picture, which the stand-in serves at the address the update carries, with a caption or none. */
    public void sendsPhoto(byte[] picture, String caption) {
        mark = zalo.messagesTo(id).size();
        zalo.userSendsPhoto(id, caption, picture);
    }

    /** Types the number the newest message since their last action gives the choice whose label contains the words. */
    public void picks(String label) {
        writes(waitsFor(c -> c.numberOf(label).isPresent()).numberOf(label).orElseThrow());
    }

    /** Waits for a message, after the last action, that matches; returns the newest such. */
    public Call waitsFor(Predicate<Call> matching) {
        await().atMost(Duration.ofSeconds(20)).until(() -> since().stream().anyMatch(matching));
        return since().stream().filter(matching).reduce((a, b) -> b).orElseThrow();
    }

    /** The messages since the last action. */
    public List<Call> since() {
        List<Call> all = zalo.messagesTo(id);
        return all.subList(Math.min(mark, all.size()), all.size());
    }

    /** Text as many type Vietnamese: without diacritics, in lower case. */
    public static String withoutDiacritics(String text) {
        return Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }
}
