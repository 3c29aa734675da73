package org.lighthouse.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.awaitility.core.ConditionTimeoutException;
import org.lighthouse.content.Catalog;
import org.lighthouse.content.Lesson;
import org.lighthouse.shared.Language;
import org.lighthouse.testing.FakeTelegram;
import org.lighthouse.testing.FakeTelegram.Call;

/** Someone in a private chat with the bot, doing what people do: typing, opening links, pressing buttons. */
public record Person(FakeTelegram telegram, long id) {

    /** How many messages the chat has had: what comes after it is the answer to what the person does next. */
    public int mark() {
        return telegram.messagesTo(id).size();
    }

    public void sends(String text) {
        telegram.userSends(id, text);
    }

    /** Presses a button (its data) under the chat's latest message. */
    public void presses(String data) {
        List<Call> sent = telegram.messagesTo(id);
        telegram.userPresses(id, sent.isEmpty() ? 1 : FakeTelegram.messageId(sent.get(sent.size() - 1)), data);
    }

    /** The first message after {@code mark} that matches, once it came. */
    public Call after(int mark, Predicate<Call> matching) {
        try {
            await().atMost(Duration.ofSeconds(20)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(20))
                    .until(() -> since(mark).stream().anyMatch(matching));
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("chat " + id + " did not get the message awaited; it got: "
                    + since(mark).stream().map(c -> c.method() + " " + c.text() + " " + c.buttonData()).toList(), e);
        }
        return since(mark).stream().filter(matching).findFirst().orElseThrow();
    }

    /** Does something, then waits for the first message after it that matches. */
    Call answer(Runnable action, Predicate<Call> matching) {
        int mark = mark();
        action.run();
        return after(mark, matching);
    }

    public Call sendsAndGets(String text, Predicate<Call> matching) {
        return answer(() -> sends(text), matching);
    }

    public Call pressesAndGets(String data, Predicate<Call> matching) {
        return answer(() -> presses(data), matching);
    }

    public List<Call> since(int mark) {
        List<Call> all = telegram.messagesTo(id);
        return all.subList(Math.min(mark, all.size()), all.size());
    }

    /** A first contact with {@code /start} (and what follows it, such as a class link), choosing Vietnamese. */
    public void startsInVietnamese(String startArgument) {
        sendsAndGets(("/start " + startArgument).strip(), c -> c.buttonData().contains("lang:vi"));
        pressesAndGets("lang:vi", c -> c.text().equals("Đã chọn tiếng Việt."));
    }

    /**
     * Takes a lesson from its first card to its score, answering wrong the questions numbered in {@code wrong}
     * (0-based), by reading the options shown and pressing the letter of a right or a wrong one.
     */
    public void takes(Catalog catalog, String lessonId, Set<Integer> wrong) {
        Lesson lesson = catalog.lesson(lessonId).orElseThrow();
        int mark = mark();
        opens(lesson);
        presses("l:z:" + lessonId);
        for (int q = 0; q < lesson.quiz().size(); q++) {
            String header = "✍ Câu " + (q + 1) + "/";
            Call question = after(mark, c -> c.text().startsWith(header) && !c.buttonData().isEmpty()
                    && c.buttonData().get(0).startsWith("l:a:"));
            mark = mark();
            Lesson.Question asked = lesson.quiz().get(q);
            String right = asked.options().get(asked.correctOption()).text().in(Language.VI).orElseThrow();
            List<String> letters = question.buttonData();
            int rightPosition = -1;
            for (int p = 0; p < letters.size(); p++) {
                if (question.text().lines().anyMatch(((char) ('A' + p) + ". " + right)::equals)) {
                    rightPosition = p;
                }
            }
            assertThat(rightPosition).as("the right option of %s %s is shown", lessonId, asked.id()).isNotNegative();
            presses(letters.get(wrong.contains(q) ? (rightPosition + 1) % letters.size() : rightPosition));
            String[] answer = letters.get(0).split(":");
            presses("l:q:" + answer[2] + ":" + (q + 1));
        }
        after(mark, c -> c.text().startsWith("🎉"));
    }

    /** Opens a lesson and reads its cards up to the last one, without starting the quiz. */
    void opens(Lesson lesson) {
        presses("l:o:" + lesson.id());
        for (int i = 0; i < lesson.cards().size() - 1; i++) {
            presses("l:n:" + lesson.id() + ":" + i);
        }
    }

    /** Waits until the chat shows the last card of the lesson. */
    void waitsForLastCard(Lesson lesson, int mark) {
        int cards = lesson.cards().size();
        after(mark, c -> c.text().contains("(" + cards + "/" + cards + ")"));
    }
}
