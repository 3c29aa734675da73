package org.lighthouse.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lighthouse.content.Catalog;
import org.lighthouse.content.Lesson;
import org.lighthouse.content.Lesson.Question;
import org.lighthouse.content.LocalizedText;
import org.lighthouse.shared.Language;
import org.lighthouse.shared.Period;
import org.lighthouse.testing.FakeTelegram;
import org.lighthouse.testing.FakeTelegram.Call;
import org.lighthouse.testing.Person;
import org.lighthouse.testing.ProjectCopy;
import org.lighthouse.testing.RunningBot;

/** A young person learns on Telegram: a lesson card by card, its quiz, a restart, and "My progress". */
class LearningJourneyIntegrationTest {

    @TempDir
    Path data;

    /**
     * Vietnamese, lesson 1 with its cards edited in place below its picture, the quiz with feedback (one answer
     * wrong), the score, a restart, then "My progress" shows the lesson, its score and the next lesson.
     */
    @Test
    void finishLessonOneThenSeeProgressAfterRestart() throws Exception {
        long user = 6001;
        try (FakeTelegram telegram = new FakeTelegram()) {
            try (RunningBot bot = RunningBot.start(telegram, data)) {
                Person learner = new Person(telegram, user);
                learner.chooses("vi");
                Lesson lesson = bot.bean(Catalog.class).lesson("sm-1").orElseThrow();
                learner.presses("m:learn");
                Call home = learner.waitsFor(c -> c.text().startsWith("📚 Bạn muốn học chủ đề nào?"));
                assertThat(home.buttonData()).contains("l:s:sm", "l:s:os", "l:s:kt", "m:home");
                learner.presses("l:s:sm");
                learner.waitsFor(c -> c.buttonData().contains("l:o:sm-1"));
                learner.presses("l:o:sm-1");
                Call card = learner.waitsFor(c -> c.text().contains("(1/" + lesson.cards().size() + ")"));
                for (int i = 0; i < lesson.cards().size() - 1; i++) {
                    learner.presses("l:n:sm-1:" + i);
                    int shown = i + 2;
                    card = learner.waitsFor(c -> c.text().contains("(" + shown + "/" + lesson.cards().size() + ")"));
                    // the first card's picture stays: the second card comes below it, the others take its place
                    assertThat(card.method()).isEqualTo(i == 0 ? "sendmessage" : "editmessagetext");
                }
                assertThat(card.text()).contains("111");
                String start = card.buttonData().get(0);
                assertThat(start).isEqualTo("l:z:sm-1");
                learner.presses(start);
                for (int i = 0; i < lesson.quiz().size(); i++) {
                    int q = i;
                    int number = q + 1;
                    Call question = learner.waitsFor(c -> c.text().startsWith("✍ Câu " + number + "/"));
                    // the attempt's id cannot collide with another learner's: an ObjectId, not 8 random characters
                    assertThat(question.buttonData()).allMatch(data -> data.matches("l:a:[0-9a-f]{24}:\\d+:\\d+"));
                    List<Integer> order = OptionOrder.of("tg:" + user, "sm-1", lesson.quiz().get(q).id(),
                            lesson.quiz().get(q).options().size());
                    int right = order.indexOf(lesson.quiz().get(q).correctOption());
                    int chosen = q == 0 ? (right + 1) % order.size() : right;
                    learner.presses(question.buttonData().get(chosen));
                    Call feedback = learner.waitsFor(c -> c.text().contains(q == 0 ? "Chưa đúng" : "✅ Đúng rồi!"));
                    assertThat(feedback.text()).contains(lesson.quiz().get(q).explanation().in(
                            org.lighthouse.shared.Language.VI).orElseThrow());
                    learner.presses(feedback.buttonData().get(0));
                }
                int total = lesson.quiz().size();
                Call score = learner.waitsFor(c -> c.text().startsWith("🎉"));
                assertThat(score.text()).contains("đúng " + (total - 1) + "/" + total + " câu");
                assertThat(score.buttonData()).contains("l:o:sm-2");
            }
            try (RunningBot bot = RunningBot.start(telegram, data)) {
                Person learner = new Person(telegram, user);
                learner.presses("m:progress");
                Call progress = learner.waitsFor(c -> c.text().startsWith("⭐ Tiến bộ của bạn"));
                assertThat(progress.text()).contains("Di cư an toàn: 1/5 bài")
                        .contains(": " + (bot.bean(Catalog.class).lesson("sm-1").orElseThrow().quiz().size() - 1) + "/")
                        .contains("Bài nên học tiếp");
                assertThat(progress.buttonData()).contains("l:o:sm-2");
            }
        }
    }

    /** Leaving in the middle of a lesson and coming back after a restart resumes at the same card. */
    @Test
    void resumeAtTheSameCardAfterRestart() throws Exception {
        long user = 6002;
        try (FakeTelegram telegram = new FakeTelegram()) {
            try (RunningBot bot = RunningBot.start(telegram, data)) {
                Person learner = new Person(telegram, user);
                learner.chooses("en");
                learner.presses("l:o:kt-2");
                learner.waitsFor(c -> c.text().contains("(1/"));
                learner.presses("l:n:kt-2:0");
                learner.waitsFor(c -> c.text().contains("(2/"));
                learner.presses("l:n:kt-2:1");
                learner.waitsFor(c -> c.text().contains("(3/"));
            }
            try (RunningBot bot = RunningBot.start(telegram, data)) {
                Person learner = new Person(telegram, user);
                learner.presses("m:learn");
                Call home = learner.waitsFor(c -> c.buttonData().contains("l:c"));
                assertThat(home.buttonLabels().get(0)).startsWith("▶ Continue: ");
                learner.presses("l:c");
                Call card = learner.waitsFor(c -> c.text().contains("(3/") && c.buttonData().contains("l:n:kt-2:2"));
                assertThat(card.text()).doesNotContain("(1/");
            }
        }
    }

    /** Stale, forged and foreign button presses get a polite answer and change nothing. */
    @Test
    void staleAndForgedButtonsChangeNothing() throws Exception {
        long user = 6003;
        try (FakeTelegram telegram = new FakeTelegram(); RunningBot bot = RunningBot.start(telegram, data)) {
            Person learner = new Person(telegram, user);
            learner.chooses("en");
            learner.presses("l:o:os-1");
            learner.waitsFor(c -> c.text().contains("(1/"));
            learner.presses("l:n:os-1:0");
            learner.waitsFor(c -> c.text().contains("(2/"));
            int before = telegram.messagesTo(user).size();
            learner.presses("l:n:os-1:0");
            learner.presses("l:a:deadbeef:0:1");
            learner.presses("l:z:os-1");
            learner.presses("l:o:nothing");
            learner.presses("l:n:os-1:x");
            learner.presses("l:v:os-1:q1:0");
            List<Call> answers = telegram.awaitMessages(user, before + 6).subList(before, before + 6);
            assertThat(answers.subList(0, 3)).allSatisfy(c -> assertThat(c.text())
                    .startsWith("That button belongs to an earlier step."));
            assertThat(answers.get(0).buttonData()).contains("l:c");
            learner.presses("l:c");
            learner.waitsFor(c -> c.text().contains("(2/") && c.buttonData().contains("l:n:os-1:1"));
        }
    }

    /**
     * A H'mong reader reads an online-safety lesson in H'mong; a card whose H'mong text is still missing (removed here
     * from a copy of the content) comes in Vietnamese, with a one-line notice in H'mong.
     */
    @Test
    void hmongReadsInHmongAndFallsBackToVietnameseWithNotice(@TempDir Path root) throws Exception {
        ProjectCopy.into(root);
        Path lessonFile = root.resolve("content/lessons/sm/sm-1.yml");
        String withoutFirstCardInHmong = java.nio.file.Files.readString(lessonFile)
                .replaceFirst("(?m)^      hmn: \\|\n(?:        .*\n)+", "");
        java.nio.file.Files.writeString(lessonFile, withoutFirstCardInHmong);
        long user = 6004;
        try (FakeTelegram telegram = new FakeTelegram();
                RunningBot bot = RunningBot.start(telegram, data, "lighthouse.files.root=" + root)) {
            Person learner = new Person(telegram, user);
            learner.chooses("hmn");
            learner.presses("l:o:os-1");
            Call translated = learner.waitsFor(c -> c.text().contains("(1/"));
            Lesson onlineFriends = bot.bean(Catalog.class).lesson("os-1").orElseThrow();
            assertThat(translated.text()).contains(onlineFriends.cards().get(0).text()
                    .in(org.lighthouse.shared.Language.HMN).orElseThrow()).doesNotContain("ℹ️");

            learner.presses("l:h");
            learner.presses("l:o:sm-1");
            Call card = learner.waitsFor(c -> c.text().contains("(1/") && !c.text().equals(translated.text()));
            Lesson lesson = bot.bean(Catalog.class).lesson("sm-1").orElseThrow();
            assertThat(card.text()).contains(lesson.cards().get(0).text().in(org.lighthouse.shared.Language.VI)
                    .orElseThrow()).endsWith("ℹ️ Tsab no tseem tsis tau muaj lus Hmoob; nov yog lus Nyab Laj.");
            assertThat(card.buttonLabels()).containsExactly("Ntxiv ▶");
        }
    }

    /**
     * A H'mong reader reads every card and answers every question of a safe-migration and a know-the-tricks lesson:
     * cards, questions and explanations come in H'mong, and no message carries the Vietnamese notice or text.
     */
    @Test
    void hmongReaderGoesThroughTwoSeriesWithoutVietnamese() throws Exception {
        long user = 6007;
        try (FakeTelegram telegram = new FakeTelegram(); RunningBot bot = RunningBot.start(telegram, data)) {
            Person learner = new Person(telegram, user);
            learner.chooses("hmn");
            int before = telegram.messagesTo(user).size();
            List<Lesson> lessons = Stream.of("sm-1", "kt-1")
                    .map(id -> bot.bean(Catalog.class).lesson(id).orElseThrow()).toList();
            for (Lesson lesson : lessons) {
                readsAndAnswersInHmong(learner, lesson);
            }
            List<String> seen = telegram.messagesTo(user).stream().skip(before).map(Call::text).toList();
            assertThat(seen).as("the fallback notice").noneMatch(text -> text.contains("ℹ️")
                    || text.contains("Tsab no tseem tsis tau muaj lus Hmoob; nov yog lus Nyab Laj."));
            lessons.stream().flatMap(LearningJourneyIntegrationTest::vietnameseOnly).forEach(vietnamese ->
                    assertThat(seen).as("a Vietnamese text").noneMatch(text -> text.contains(vietnamese)));
        }
    }

    private static void readsAndAnswersInHmong(Person learner, Lesson lesson) {
        String id = lesson.id();
        int cards = lesson.cards().size();
        learner.presses("l:o:" + id);
        for (int i = 0; i < cards; i++) {
            String card = hmong(lesson.cards().get(i).text());
            learner.waitsFor(c -> c.text().contains(card));
            learner.presses(i + 1 < cards ? "l:n:" + id + ":" + i : "l:z:" + id);
        }
        for (int q = 0; q < lesson.quiz().size(); q++) {
            Question question = lesson.quiz().get(q);
            String header = "✍ Lo lus nug " + (q + 1) + "/";
            Call asked = learner.waitsFor(c -> c.text().startsWith(header)
                    && c.text().contains(hmong(question.text())));
            List<Integer> order = OptionOrder.of("tg:" + learner.user(), id, question.id(),
                    question.options().size());
            learner.presses(asked.buttonData().get(order.indexOf(question.correctOption())));
            Call feedback = learner.waitsFor(c -> c.text().contains("✅ Yog lawm!")
                    && c.text().contains(hmong(question.explanation())));
            learner.presses(feedback.buttonData().get(0));
        }
        learner.waitsFor(c -> c.text().startsWith("🎉") && c.text().contains(hmong(lesson.title())));
    }

    /** What a H'mong reader is shown: a missing H'mong text shows in Vietnamese, which the journey then finds. */
    private static String hmong(LocalizedText text) {
        return text.show(Language.HMN).text();
    }

    /** The lesson's Vietnamese texts that differ from their H'mong (a number such as "111" reads the same in both). */
    private static Stream<String> vietnameseOnly(Lesson lesson) {
        Stream<LocalizedText> texts = Stream.of(Stream.of(lesson.title()),
                lesson.cards().stream().map(Lesson.Card::text),
                lesson.quiz().stream().flatMap(q -> Stream.concat(Stream.of(q.text(), q.explanation()),
                        q.options().stream().map(Lesson.Option::text)))).flatMap(s -> s);
        return texts.filter(t -> !t.in(Language.VI).equals(t.in(Language.HMN)))
                .map(t -> t.in(Language.VI).orElseThrow());
    }

    /**
     * A lesson opens with its picture, drawn from its SVG as a PNG for phones, with the card's text as the caption and
     * its buttons; "Next" then goes on in a new message below, so the picture stays and nothing is refused.
     */
    @Test
    void lessonOpensWithItsPicture() throws Exception {
        long user = 6006;
        try (FakeTelegram telegram = new FakeTelegram(); RunningBot bot = RunningBot.start(telegram, data)) {
            Person learner = new Person(telegram, user);
            learner.chooses("en");
            Lesson lesson = bot.bean(Catalog.class).lesson("sm-2").orElseThrow();
            learner.presses("l:o:sm-2");
            Call photo = learner.waitsFor(c -> c.method().equals("sendphoto"));
            assertThat(photo.text()).contains("(1/").endsWith(lesson.cards().get(0).text().in(Language.EN)
                    .orElseThrow().strip());
            assertThat(photo.buttonData()).containsExactly("l:n:sm-2:0");
            BufferedImage picture = ImageIO.read(new ByteArrayInputStream((byte[]) photo.fields().get("$file")));
            assertThat(picture.getWidth()).isEqualTo(800);
            learner.presses("l:n:sm-2:0");
            Call next = learner.waitsFor(c -> c.text().contains("(2/"));
            assertThat(next.method()).isEqualTo("sendmessage");
            assertThat(telegram.refused()).isEmpty();
        }
    }

    /** A missed question comes back for review; answered right, it moves on. */
    @Test
    void missedQuestionComesBackForReview() throws Exception {
        long user = 6005;
        try (FakeTelegram telegram = new FakeTelegram();
                RunningBot bot = RunningBot.start(telegram, data, "lighthouse.learning.review-gaps=0s,1d")) {
            Person learner = new Person(telegram, user);
            learner.chooses("en");
            Lesson lesson = bot.bean(Catalog.class).lesson("kt-1").orElseThrow();
            learner.presses("l:o:kt-1");
            for (int i = 0; i < lesson.cards().size() - 1; i++) {
                learner.presses("l:n:kt-1:" + i);
            }
            learner.presses("l:z:kt-1");
            for (int i = 0; i < lesson.quiz().size(); i++) {
                int q = i;
                int number = q + 1;
                Call question = learner.waitsFor(c -> c.text().startsWith("✍ Question " + number + "/"));
                List<Integer> order = OptionOrder.of("tg:" + user, "kt-1", lesson.quiz().get(q).id(),
                        lesson.quiz().get(q).options().size());
                int right = order.indexOf(lesson.quiz().get(q).correctOption());
                learner.presses(question.buttonData().get(q == 1 ? (right + 1) % order.size() : right));
                Call feedback = learner.waitsFor(c -> c.buttonData().contains("l:q:" + question.buttonData().get(0)
                        .split(":")[2] + ":" + number));
                learner.presses(feedback.buttonData().get(0));
            }
            learner.waitsFor(c -> c.text().startsWith("🎉"));
            learner.presses("m:learn");
            Call home = learner.waitsFor(c -> c.buttonData().contains("l:r"));
            assertThat(home.buttonLabels()).contains("🔁 Review 1 questions");
            learner.presses("l:r");
            Call review = learner.waitsFor(c -> c.text().startsWith("🔁 Review (1 left)"));
            List<Integer> order = OptionOrder.of("tg:" + user, "kt-1", lesson.quiz().get(1).id(),
                    lesson.quiz().get(1).options().size());
            learner.presses(review.buttonData().get(order.indexOf(lesson.quiz().get(1).correctOption())));
            Call done = learner.waitsFor(c -> c.text().contains("That's right!"));
            assertThat(done.buttonLabels()).containsExactly("👍 Review done");
            int total = lesson.quiz().size();
            assertThat(bot.bean(LearningFigures.class).gains(Period.ALL)).filteredOn(gain -> gain.seriesId().equals("kt"))
                    .singleElement().satisfies(gain -> {
                        assertThat(gain.first()).isEqualTo(new LearningFigures.Tally(1, total, total - 1));
                        assertThat(gain.review()).isEqualTo(new LearningFigures.Tally(1, 1, 1));
                    });
            assertThat(bot.bean(LearningFigures.class).firstAnswers(Period.ALL)).filteredOn(q -> q.lessonId().equals("kt-1"))
                    .extracting(LearningFigures.FirstAnswers::right)
                    .isEqualTo(IntStream.range(0, total).mapToObj(q -> q == 1 ? 0 : 1).toList());
            learner.presses("m:learn");
            Call after = learner.waitsFor(c -> c.text().startsWith("📚") && c != home);
            assertThat(after.buttonData()).doesNotContain("l:r");
        }
    }
}
