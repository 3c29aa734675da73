package org.lighthouse.impact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.lighthouse.testing.SafetyNet.RESPONDERS;
import static org.lighthouse.testing.SafetyNet.RESPONDERS_CHAT;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lighthouse.content.Catalog;
import org.lighthouse.content.Lesson;
import org.lighthouse.content.Series;
import org.lighthouse.testing.BotUnderTest;
import org.lighthouse.testing.FakeTelegram;
import org.lighthouse.testing.FakeTelegram.Call;
import org.lighthouse.testing.Person;
import org.lighthouse.testing.RunningBot;
import org.lighthouse.testing.SafetyNet;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Young people meet the anonymous check-in in the chat: offered once after choosing a language, answered or passed
 * over, and again after a finished series or a month; the answers never name them.
 */
class CheckinJourneyIntegrationTest {

    private static final long REVIEWER = 7180;
    @RegisterExtension
    static final BotUnderTest BOT = new BotUnderTest(RESPONDERS, RESPONDERS_CHAT,
            "lighthouse.content.reviewers=" + REVIEWER);
    static FakeTelegram telegram;
    static RunningBot bot;
    static MongoTemplate mongo;

    @BeforeAll
    static void share() {
        telegram = BOT.telegram();
        bot = BOT.bot();
        mongo = bot.bean(MongoTemplate.class);
    }

    /**
     * A new person chooses Vietnamese, gets the offer after the menu, and answers every question with no feedback on
     * the way: one row per question, all BEFORE, one pairing key, nothing of the chat; a press again stores nothing.
     */
    @Test
    void baselineAnsweredIsStoredAnonymously() {
        long user = 7101;
        Person person = BOT.person(user);
        String pair = baseline(person, user);

        List<CheckinAnswer> rows = answersOf(pair);
        List<String> ids = bot.bean(CheckinQuestions.class).ids();
        assertThat(rows).extracting(CheckinAnswer::question).containsExactlyElementsOf(ids);
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.phase()).isEqualTo(Phase.BEFORE);
            assertThat(row.channel()).isEqualTo("telegram");
            assertThat(row.classroom()).isNull();
            assertThat(row.week()).matches("\\d{4}-W\\d{2}");
        });
        assertThat(pair).matches("[A-Za-z0-9_-]{22}");
        List<Document> raw = mongo.findAll(Document.class, "checkin_answers");
        assertThat(raw.toString()).doesNotContain(Long.toString(user));
        assertThat(raw).allSatisfy(d -> assertThat(d.keySet()).isSubsetOf("_id", "_class", "question", "phase",
                "right", "pair", "language", "channel", "classroom", "week"));
        // no time to match with the person's record: ids are random, not ObjectIds (which hold their second), and
        // the record keeps the day alone
        assertThat(raw).allSatisfy(d -> assertThat(d.get("_id")).asString().matches("[0-9a-f-]{36}"));
        Document record = mongo.findById("tg:" + user, Document.class, "checkins");
        assertThat(List.of(((Document) record.get("before")).getDate("offered"),
                ((Document) record.get("before")).getDate("answered"))).allSatisfy(at -> assertThat(at.toInstant())
                        .isEqualTo(at.toInstant().truncatedTo(ChronoUnit.DAYS)));

        person.presses("ci:a:BEFORE:0:0");
        person.waitsFor(c -> c.text().contains("không còn dùng được"));
        assertThat(answersOf(pair)).hasSize(ids.size());
    }

    /**
     * During the check-in, a question's button pressed out of order, an option that does not exist, or the other
     * phase's button is refused and stores nothing; skipping a question moves on without storing it.
     */
    @Test
    void forgedAndOutOfOrderButtonsStoreNothing() {
        long user = 7106;
        Person person = BOT.person(user);
        person.chooses("vi");
        person.presses("ci:go:BEFORE");
        person.waitsFor(c -> c.text().startsWith("📝 Câu 1/"));
        for (String forged : List.of("ci:a:BEFORE:3:0", "ci:a:BEFORE:0:7", "ci:a:AFTER:0:0", "ci:s:BEFORE:1",
                "ci:a:BEFORE:0", "ci:go:BEFORE")) {
            person.presses(forged);
            person.waitsFor(c -> c.text().contains("không còn dùng được"));
        }
        person.presses("ci:s:BEFORE:0");
        person.waitsFor(c -> c.text().startsWith("📝 Câu 2/"));
        assertThat(checkin(user).before().next()).isEqualTo(1);
        assertThat(answersOf(checkin(user).pair())).isEmpty();
    }

    /** A native speaker who reviews the content runs the programme: the first menu offers them no check-in. */
    @Test
    void aReviewerIsNotAskedTheCheckin() {
        Person reviewer = BOT.person(REVIEWER);
        reviewer.choosesAsStaff("en");
        reviewer.writes("/menu");
        reviewer.waitsFor(c -> c.text().equals("What would you like to do?"));
        assertThat(telegram.messagesTo(REVIEWER)).noneMatch(c -> c.buttonData().contains("ci:go:BEFORE"));
    }

    /** "Not now" stores nothing and leads to the menu; the offer does not come back at the next menu. */
    @Test
    void skippedOfferStoresNothing() {
        long user = 7102;
        Person person = BOT.person(user);
        long before = mongo.count(new Query(), CheckinAnswer.class);
        person.chooses("en");
        Call offer = lastMessage(user);
        assertThat(offer.buttonData()).containsExactly("ci:go:BEFORE", "ci:no:BEFORE");
        assertThat(offer.text()).contains("No name is needed").contains("skip");
        person.presses("ci:no:BEFORE");
        person.waitsFor(c -> c.text().equals("No problem. No answers were saved."));
        person.waitsFor(c -> c.text().equals("What would you like to do?"));
        person.presses("ci:go:BEFORE");
        person.waitsFor(c -> c.text().contains("doesn't work any more"));
        person.writes("/menu");
        person.waitsFor(c -> c.text().equals("What would you like to do?"));
        assertThat(checkin(user).pair()).isNull();
        assertThat(mongo.count(new Query(), CheckinAnswer.class)).isEqualTo(before);
        assertThat(telegram.messagesTo(user)).filteredOn(c -> c.buttonData().contains("ci:go:BEFORE")).hasSize(1);
    }

    /**
     * After finishing a whole series, the next menu offers the follow-up; its answers carry the baseline's key, and
     * the person's record keeps no key after. /mydata says the answers are anonymous; /delete drops the record.
     */
    @Test
    void followUpAfterASeriesPairsWithTheBaseline() {
        long user = 7103;
        Person person = BOT.person(user);
        String pair = baseline(person, user);
        person.writes("/mydata");
        Call mine = person.waitsFor(c -> c.text().startsWith("🔒"));
        assertThat(mine.text()).contains("giữ ẩn danh").contains("mã ngẫu nhiên");

        Series series = bot.bean(Catalog.class).series("sm").orElseThrow();
        for (String lesson : series.lessonIds()) {
            finishLesson(person, bot.bean(Catalog.class).lesson(lesson).orElseThrow());
        }
        person.writes("/menu");
        Call offer = person.waitsFor(c -> c.buttonData().contains("ci:go:AFTER"));
        assertThat(offer.text()).contains("trả lời lại");
        assertThat(checkin(user).pair()).isNull();
        person.presses("ci:go:AFTER");
        answerAll(person, "AFTER");

        List<CheckinAnswer> after = answersOf(pair).stream().filter(a -> a.phase() == Phase.AFTER).toList();
        assertThat(after).hasSize(bot.bean(CheckinQuestions.class).ids().size());
        assertThat(checkin(user).after().answered()).isNotNull();
        person.writes("/mydata");
        mine = person.waitsFor(c -> c.text().startsWith("🔒"));
        assertThat(mine.text()).contains("Không giữ mã nào");

        person.writes("/delete");
        person.waitsFor(c -> c.buttonData().contains("p:yes"));
        person.presses("p:yes");
        person.waitsFor(c -> c.text().startsWith("Đã xoá dữ liệu"));
        assertThat(mongo.findById("tg:" + user, Checkin.class)).isNull();
        assertThat(answersOf(pair)).hasSize(2 * after.size());
    }

    /** A month after the baseline the follow-up is due, but not while the person has a case open. */
    @Test
    void noFollowUpWhileACaseIsOpen() {
        long user = 7104;
        Person person = BOT.person(user);
        baseline(person, user);
        SafetyNet.caseOpenedBy(bot, telegram, person, "SOS");
        monthPasses(user);
        person.writes("/menu");
        person.waitsFor(c -> !c.text().isEmpty());
        person.writes("/help");
        person.waitsFor(c -> c.text().contains("111"));
        assertThat(telegram.messagesTo(user)).noneMatch(c -> c.buttonData().contains("ci:go:AFTER"));
        assertThat(checkin(user).after()).isNull();
    }

    /** A month after the baseline the follow-up comes at the next menu; going elsewhere passes over it for good. */
    @Test
    void followUpAfterAMonthIsEasyToPassOver() {
        long user = 7105;
        Person person = BOT.person(user);
        baseline(person, user);
        monthPasses(user);
        person.writes("/menu");
        person.waitsFor(c -> c.buttonData().contains("ci:go:AFTER"));
        person.presses("m:learn");
        person.waitsFor(c -> c.buttonData().contains("l:s:sm"));
        person.writes("/menu");
        person.waitsFor(c -> c.text().equals("Bạn muốn làm gì?"));
        person.presses("ci:go:AFTER");
        person.waitsFor(c -> c.text().contains("không còn dùng được"));
        assertThat(checkin(user).after().next()).isZero();
        assertThat(checkin(user).pair()).isNull();
    }

    /** Skipping every question is no answer: nothing is stored, the person is not thanked for answers, no key stays. */
    @Test
    void skippingEveryQuestionSavesNothingAndKeepsNoKey() {
        long user = 7107;
        Person person = BOT.person(user);
        person.chooses("vi");
        long before = mongo.count(new Query(), CheckinAnswer.class);
        person.presses("ci:go:BEFORE");
        int total = bot.bean(CheckinQuestions.class).ids().size();
        for (int i = 0; i < total; i++) {
            String skip = "ci:s:BEFORE:" + i;
            person.waitsFor(c -> c.buttonData().contains(skip));
            person.presses(skip);
        }
        person.waitsFor(c -> c.text().equals("Không sao. Mình không lưu câu trả lời nào."));
        assertThat(mongo.count(new Query(), CheckinAnswer.class)).isEqualTo(before);
        assertThat(checkin(user).pair()).isNull();
    }

    /** Chooses Vietnamese, starts the offered check-in and answers every question; returns the pairing key. */
    private static String baseline(Person person, long user) {
        person.chooses("vi");
        Call offer = lastMessage(user);
        assertThat(offer.text()).contains("Không cần tên").contains("bỏ qua");
        person.presses("ci:go:BEFORE");
        answerAll(person, "BEFORE");
        return checkin(user).pair();
    }

    private static void answerAll(Person person, String phase) {
        int total = bot.bean(CheckinQuestions.class).ids().size();
        for (int i = 0; i < total; i++) {
            int n = i + 1;
            Call question = person.waitsFor(c -> c.text().startsWith("📝 Câu " + n + "/" + total));
            assertThat(question.buttonData()).contains("ci:s:" + phase + ":" + i);
            person.presses(question.buttonData().get(i % 2));
        }
        Call thanks = person.waitsFor(c -> c.text().startsWith("Cảm ơn bạn"));
        assertThat(thanks.text()).doesNotContain("Đúng").doesNotContain("Sai");
        assertThat(thanks.buttonData()).containsExactly("m:learn", "m:home");
    }

    private static void finishLesson(Person person, Lesson lesson) {
        person.presses("l:o:" + lesson.id());
        person.waitsFor(c -> c.text().contains("(1/" + lesson.cards().size() + ")"));
        for (int i = 0; i < lesson.cards().size() - 1; i++) {
            person.presses("l:n:" + lesson.id() + ":" + i);
            int shown = i + 2;
            person.waitsFor(c -> c.text().contains("(" + shown + "/" + lesson.cards().size() + ")"));
        }
        person.presses("l:z:" + lesson.id());
        for (int q = 0; q < lesson.quiz().size(); q++) {
            int number = q + 1;
            Call question = person.waitsFor(c -> c.text().startsWith("✍ Câu " + number + "/"));
            person.presses(question.buttonData().get(0));
            Call feedback = person.waitsFor(c -> c.text().contains("Chưa đúng") || c.text().contains("Đúng rồi"));
            person.presses(feedback.buttonData().get(0));
        }
        person.waitsFor(c -> c.text().startsWith("🎉"));
    }

    /** Moves the baseline's offer a month back, as if that time had passed. */
    private static void monthPasses(long user) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is("tg:" + user)),
                Update.update("before.offered", Instant.now().minus(Checkin.FOLLOW_UP_AFTER).minusSeconds(60)),
                Checkin.class);
    }

    private static Checkin checkin(long user) {
        return await().atMost(Duration.ofSeconds(10)).until(() -> mongo.findById("tg:" + user, Checkin.class),
                c -> c != null);
    }

    private static List<CheckinAnswer> answersOf(String pair) {
        return mongo.find(Query.query(Criteria.where("pair").is(pair)), CheckinAnswer.class);
    }

    private static Call lastMessage(long user) {
        List<Call> all = telegram.messagesTo(user);
        return all.get(all.size() - 1);
    }
}
