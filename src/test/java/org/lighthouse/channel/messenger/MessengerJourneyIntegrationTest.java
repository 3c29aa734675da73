package org.lighthouse.channel.messenger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.lighthouse.testing.SafetyNet.GROUP;
import static org.lighthouse.testing.SafetyNet.HOA;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lighthouse.channel.ChatRef;
import org.lighthouse.channel.Reply;
import org.lighthouse.channel.outbox.Delivery;
import org.lighthouse.channel.outbox.OutboxMessage;
import org.lighthouse.content.Catalog;
import org.lighthouse.content.Lesson;
import org.lighthouse.safety.SafetyCase;
import org.lighthouse.safety.escalation.CaseStore;
import org.lighthouse.shared.Language;
import org.lighthouse.testing.FakeMessenger;
import org.lighthouse.testing.FakeMessenger.Sent;
import org.lighthouse.testing.FakeTelegram;
import org.lighthouse.testing.FakeTelegram.Call;
import org.lighthouse.testing.MessengerPerson;
import org.lighthouse.testing.Person;
import org.lighthouse.testing.RunningBot;
import org.lighthouse.testing.SafetyNet;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Lighthouse on Messenger, through the real HTTP path: signed webhook deliveries in, the Send API stand-in out, and
 * the Telegram stand-in for the responders. One running bot for the class; each test is its own person.
 */
class MessengerJourneyIntegrationTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final long ADMIN = 9100;
    static Path data;
    static FakeTelegram telegram;
    static FakeMessenger messenger;
    static RunningBot bot;

    @BeforeAll
    static void start() throws IOException {
        data = Files.createTempDirectory("lighthouse-messenger");
        telegram = new FakeTelegram();
        messenger = new FakeMessenger();
        List<String> settings = new ArrayList<>(List.of(messenger.settings()));
        settings.add(SafetyNet.RESPONDERS);
        settings.add(SafetyNet.RESPONDERS_CHAT);
        settings.add("lighthouse.classroom.admins=" + ADMIN);
        bot = RunningBot.start(telegram, data, settings.toArray(String[]::new));
    }

    @AfterAll
    static void stop() throws IOException {
        bot.close();
        telegram.close();
        messenger.close();
        try (Stream<Path> files = Files.walk(data)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(java.io.File::delete);
        }
    }

    /** Messenger's subscription handshake: the challenge comes back for our verify token only. */
    @Test
    void handshakeAnswersOnlyTheVerifyToken() throws Exception {
        HttpResponse<String> right = handshake("subscribe", FakeMessenger.VERIFY_TOKEN, "1158201444");
        assertThat(right.statusCode()).isEqualTo(200);
        assertThat(right.body()).isEqualTo("1158201444");
        assertThat(right.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("text/plain"));
        assertThat(handshake("subscribe", "not-our-word", "1158201444").statusCode()).isEqualTo(403);
        assertThat(handshake("unsubscribe", FakeMessenger.VERIFY_TOKEN, "1158201444").statusCode()).isEqualTo(403);
    }

    /**
     * Get Started: the bot says it is a bot (in the three languages, before a language is chosen), asks the language
     * with quick replies; English by quick reply, then the first lesson card by card (its picture first) and its quiz,
     * answered by quick reply, with feedback.
     */
    @Test
    void firstContactSaysItIsABotThenLanguageLessonAndQuizByQuickReplies() {
        MessengerPerson person = new MessengerPerson(bot, messenger, "7100000000000001");
        person.getsStarted();
        List<Sent> first = messenger.awaitSent(person.psid(), 2);
        assertThat(first.get(0).text()).contains("I'm Lighthouse, a chat bot that answers automatically")
                .contains("Mình là Lighthouse, một chatbot").contains("Kuv yog Lighthouse");
        assertThat(first.get(1).payloads()).containsExactly("lang:vi", "lang:en", "lang:hmn");
        assertThat(first).allSatisfy(s -> assertThat(s.messagingType()).isEqualTo("RESPONSE"));

        person.taps("lang:en");
        person.waitsFor(s -> s.text().equals("English it is."));
        Sent menu = person.waitsFor(s -> s.text().equals("What would you like to do?"));
        assertThat(menu.payloads()).contains("m:learn", "m:offer", "m:talk");
        assertThat(menu.titles()).allSatisfy(t -> assertThat(t.length()).isLessThanOrEqualTo(20));

        Lesson lesson = bot.bean(Catalog.class).lesson("sm-1").orElseThrow();
        person.taps("m:learn");
        person.waitsFor(s -> s.payloads().contains("l:s:sm"));
        person.taps("l:s:sm");
        person.waitsFor(s -> s.payloads().contains("l:o:sm-1"));
        person.taps("l:o:sm-1");
        person.waitsFor(s -> s.text().contains("(1/" + lesson.cards().size() + ")"));
        assertThat(messenger.sentTo(person.psid())).anySatisfy(s -> assertThat(s.attachment()).isNotNull()
                .satisfies(a -> assertThat(a.type() + " " + a.mediaType()).isEqualTo("image image/png")));
        for (int i = 0; i < lesson.cards().size() - 1; i++) {
            person.taps("l:n:sm-1:" + i);
            int shown = i + 2;
            person.waitsFor(s -> s.text().contains("(" + shown + "/" + lesson.cards().size() + ")"));
        }
        person.taps("l:z:sm-1");
        Sent question = person.waitsFor(s -> s.text().startsWith("✍ Question 1/"));
        assertThat(question.payloads()).hasSize(lesson.quiz().get(0).options().size());
        person.taps(question.payloads().get(0));
        Sent feedback = person.waitsFor(s -> s.text().contains("✅ That's right!") || s.text().contains("Not quite."));
        assertThat(feedback.text()).contains(lesson.quiz().get(0).explanation().in(Language.EN).orElseThrow());
        assertThat(feedback.payloads()).isNotEmpty();
        assertThat(messenger.refusedFor(person.psid())).isEmpty();
    }

    /** A job ad pasted into the offer check gets its risk, its flags and whom to call. */
    @Test
    void offerCheck() {
        MessengerPerson person = started("7100000000000002", "vi");
        person.taps("m:offer");
        person.waitsFor(s -> s.text().startsWith("🔎 Dán hoặc chuyển tiếp lời mời"));
        person.writes("TUYỂN GẤP 10 nữ làm phục vụ nhà hàng bên Trung Quốc, lương 25tr/tháng, không cần hộ chiếu,"
                + " bao ăn ở, đi ngay tuần này. Inbox chị Lan.");
        Sent result = person.waitsFor(s -> s.text().startsWith("🔴 RỦI RO CAO"));
        assertThat(result.text()).contains("Qua biên giới không cần hộ chiếu").contains("111");
        assertThat(result.payloads()).contains("s:talk:offer", "m:home");
    }

    /**
     * Danger on Messenger: hotline at once, a case the Telegram responders are alerted to (channel Messenger), a claim,
     * words both ways, a photo that Telegram cannot pass on (the responder is told), a long answer in parts; a day
     * later the responder's words still go, with the HUMAN_AGENT tag, and nothing automated does; when the person is
     * back and the case closes, the bot says it is a bot again.
     */
    @Test
    void urgentMessageReachesAResponderOnTelegramAndBack() {
        MessengerPerson person = started("7100000000000003", "vi");
        person.writes("họ lấy hộ chiếu của em rồi khóa cửa, em không ra được");
        Sent urgent = person.waitsFor(s -> s.text().startsWith("Mình ở đây với bạn."));
        assertThat(urgent.text()).contains("113").contains("111");
        String caseId = await().atMost(Duration.ofSeconds(20)).until(() -> bot.bean(CaseStore.class)
                .openFor(ChatRef.messenger(person.psid()).key()), Optional::isPresent).map(SafetyCase::id).orElseThrow();
        Call alert = telegram.awaitMessage(GROUP, c -> c.buttonData().contains("s:claim:" + caseId));
        assertThat(alert.text()).contains("Messenger · Tiếng Việt").contains("«họ lấy hộ chiếu");

        SafetyNet.claims(telegram, HOA, caseId);
        person.waitsFor(s -> s.text().contains("Người hỗ trợ Hoa đang ở đây với bạn"));
        person.writes("em đang ở một nhà nghỉ, số của em là 0912 345 678");
        Call toHoa = telegram.awaitMessage(HOA, c -> c.text().equals("💬 " + caseId
                + ": em đang ở một nhà nghỉ, số của em là [phone]"));
        telegram.userRepliesTo(HOA, toHoa, "Em có an toàn không? Em ở nhà nghỉ nào?");
        Sent relayed = person.waitsFor(s -> s.text().contains("Em có an toàn không?"));
        assertThat(relayed.text()).isEqualTo("💬 Người hỗ trợ Hoa: Em có an toàn không? Em ở nhà nghỉ nào?");
        assertThat(relayed.messagingType()).isEqualTo("RESPONSE");

        person.sendsPhoto();
        telegram.awaitMessage(HOA, c -> c.text().startsWith("⚠️ Ca " + caseId + ": không chuyển được")
                && c.text().contains("another app than Telegram"));

        String longAnswer = "Em nghe chị nói nhé. " + "Em hãy ở yên trong phòng, khóa cửa lại và giữ điện thoại. "
                .repeat(60);
        telegram.userSends(HOA, longAnswer.strip());
        List<Sent> parts = await().atMost(Duration.ofSeconds(20)).until(() -> person.since().stream()
                .filter(s -> s.text().contains("Em hãy ở yên trong phòng")).toList(), l -> l.size() >= 2);
        assertThat(parts).allSatisfy(s -> assertThat(s.text().length()).isLessThanOrEqualTo(2000));
        assertThat(parts.get(0).text()).startsWith("💬 Người hỗ trợ Hoa: Em nghe chị nói nhé.");

        // a day passes without a word from the person: Messenger takes the responder's words only with the tag
        messenger.timePassesFor(person.psid(), Duration.ofHours(25));
        telegram.userSends(HOA, "Em còn đó không? Chị vẫn ở đây.");
        Sent tagged = person.waitsFor(s -> s.text().contains("Em còn đó không?"));
        assertThat(tagged.tagged()).isTrue();
        assertThat(messenger.refusedFor(person.psid())).noneMatch(r -> r.tagged());

        person.writes("dạ em còn đây");
        telegram.awaitMessage(HOA, c -> c.text().equals("💬 " + caseId + ": dạ em còn đây"));
        close(caseId);
        Sent closing = person.waitsFor(s -> s.text().startsWith("Cuộc trò chuyện với người hỗ trợ Hoa đã kết thúc."));
        assertThat(closing.text()).contains("🤖 Từ giờ bạn lại trò chuyện với chatbot Lighthouse");
        assertThat(closing.payloads()).containsExactly("m:home");
        assertThat(messenger.refusedFor(person.psid())).allSatisfy(r -> assertThat(r.outcome()).contains("2018278"));
    }

    /**
     * A person whose message reaches the bot more than a day after they wrote it: the bot's automated answers are
     * dropped (Messenger would refuse them), never tried again, while a case still opens and the responder's words go
     * with the HUMAN_AGENT tag.
     */
    @Test
    void outsideTheWindowOnlyAResponderWrites() {
        MessengerPerson person = new MessengerPerson(bot, messenger, "7100000000000004");
        person.writesAt("they took my passport and locked me in, I can't get out", Instant.now().minus(
                Duration.ofHours(26)));
        String caseId = await().atMost(Duration.ofSeconds(20)).until(() -> bot.bean(CaseStore.class)
                .openFor(ChatRef.messenger(person.psid()).key()), Optional::isPresent).map(SafetyCase::id).orElseThrow();
        // someone on Messenger whose page-scoped id is a responder's Telegram id is no responder
        MessengerPerson impostor = new MessengerPerson(bot, messenger, Long.toString(SafetyNet.MINH));
        ObjectNode press = impostor.event(Instant.now());
        press.putObject("postback").put("title", "Nhận").put("payload", "s:claim:" + caseId);
        impostor.deliver(press);
        impostor.writes("/close " + caseId);
        messenger.awaitSent(impostor.psid(), 2);
        assertThat(bot.bean(CaseStore.class).find(caseId).orElseThrow().assignee()).isNull();
        SafetyNet.claims(telegram, HOA, caseId);
        telegram.userSends(HOA, "I am Hoa. Are you safe now?");
        Sent tagged = person.waitsFor(s -> s.text().contains("Are you safe now?"));
        assertThat(tagged.tagged()).isTrue();
        assertThat(person.since()).hasSize(1);
        assertThat(messenger.refusedFor(person.psid())).isEmpty();
        MongoTemplate mongo = bot.bean(MongoTemplate.class);
        String answers = "^fb:" + person.psid() + "#";
        await().atMost(Duration.ofSeconds(10)).until(() -> mongo.count(Query.query(Criteria.where("_id").regex(answers)
                .and("status").is("DROPPED").and("error").is(MessengerTransport.OUTSIDE)), "outbox") >= 2);
        assertThat(mongo.count(Query.query(Criteria.where("_id").regex(answers).and("status").is("PENDING")),
                "outbox")).isZero();
        close(caseId);
    }

    /**
     * A delivery with a forged, missing or malformed signature gets 403, one over the size bound 413, and nothing of
     * them is stored or answered.
     */
    @Test
    void forgedOrMissingSignatureIsRefusedAndStoresNothing() {
        MessengerPerson person = new MessengerPerson(bot, messenger, "7100000000000005");
        ObjectNode event = person.event(Instant.now());
        event.putObject("message").put("mid", "m_forged_1").put("text", "hello");
        byte[] body = MessengerPerson.delivery(event);
        assertThat(MessengerPerson.post(bot, body, MessengerPerson.signature(body, "another-secret"))).isEqualTo(403);
        assertThat(MessengerPerson.post(bot, body, null)).isEqualTo(403);
        assertThat(MessengerPerson.post(bot, body, "sha256=00")).isEqualTo(403);
        assertThat(MessengerPerson.post(bot, body, MessengerPerson.signature(body, FakeMessenger.APP_SECRET)
                .replace("sha256=", "sha1="))).isEqualTo(403);
        byte[] tampered = new String(body, StandardCharsets.UTF_8).replace("hello", "hellO")
                .getBytes(StandardCharsets.UTF_8);
        assertThat(MessengerPerson.post(bot, tampered, MessengerPerson.signature(body, FakeMessenger.APP_SECRET)))
                .isEqualTo(403);
        ObjectNode huge = person.event(Instant.now());
        huge.putObject("message").put("mid", "m_huge_1").put("text", "x".repeat(1024 * 1024));
        byte[] hugeBody = MessengerPerson.delivery(huge);
        assertThat(MessengerPerson.post(bot, hugeBody, MessengerPerson.signature(hugeBody, FakeMessenger.APP_SECRET)))
                .isEqualTo(413);
        MongoTemplate mongo = bot.bean(MongoTemplate.class);
        assertThat(mongo.exists(Query.query(Criteria.where("_id").is("fb:m_huge_1")), "inbox")).isFalse();
        assertThat(mongo.exists(Query.query(Criteria.where("_id").is("fb:m_forged_1")), "inbox")).isFalse();
        assertThat(mongo.exists(Query.query(Criteria.where("_id").is(person.psid())), "messenger_chats")).isFalse();

        assertThat(MessengerPerson.post(bot, body, MessengerPerson.signature(body, FakeMessenger.APP_SECRET)))
                .isEqualTo(200);
        messenger.awaitSent(person.psid(), 2);
        assertThat(messenger.sentTo(person.psid())).hasSize(2);
    }

    /** Messenger delivers the same event twice: it is handled once. */
    @Test
    void repeatedDeliveryIsHandledOnce() {
        MessengerPerson person = started("7100000000000006", "en");
        ObjectNode event = person.event(Instant.now());
        event.putObject("message").put("mid", "m_twice_1").put("text", "/help");
        byte[] body = MessengerPerson.delivery(event);
        String signature = MessengerPerson.signature(body, FakeMessenger.APP_SECRET);
        int before = messenger.sentTo(person.psid()).size();
        assertThat(MessengerPerson.post(bot, body, signature)).isEqualTo(200);
        assertThat(MessengerPerson.post(bot, body, signature)).isEqualTo(200);
        messenger.awaitSent(person.psid(), s -> s.text().startsWith("Lighthouse helps you:"));
        person.writes("what is this");
        person.waitsFor(s -> s.text().startsWith("I didn't understand that."));
        assertThat(messenger.sentTo(person.psid()).subList(before, messenger.sentTo(person.psid()).size()))
                .filteredOn(s -> s.text().startsWith("Lighthouse helps you:")).hasSize(1);
    }

    /**
     * A teacher on Messenger: joined by an admin's invite, a class, two students on Messenger (one of whom has not
     * written for a day) and one on Telegram, all joined by typing the class's code. Choosing lessons is a screen of
     * more than 13 choices: all numbered in the text, the first 13 as quick replies, a typed number taken as the button
     * it names. The student outside Messenger's window gets nothing, and the teacher hears so when assigning and in the
     * report, which names each student's app since the class is on two.
     */
    @Test
    void teacherChoosesAmongMoreThanThirteenAndHearsWhoCouldNotBeReached() {
        telegram.userSends(ADMIN, "/start");
        telegram.awaitMessage(ADMIN, c -> c.buttonData().contains("lang:vi"));
        telegram.userPresses(ADMIN, FakeTelegram.messageId(telegram.messagesTo(ADMIN).get(0)), "lang:vi");
        telegram.awaitMessage(ADMIN, c -> c.buttonData().contains("m:learn"));
        telegram.userSends(ADMIN, "/invite_teacher");
        Call forward = telegram.awaitMessage(ADMIN, c -> c.text().startsWith("Chuyển tiếp tin nhắn này"));
        Matcher code = Pattern.compile("start=teach_([2-9A-Z]{10})").matcher(forward.text());
        assertThat(code.find()).isTrue();

        MessengerPerson teacher = new MessengerPerson(bot, messenger, "7100000000000010");
        teacher.writes("/start teach_" + code.group(1));
        teacher.waitsFor(s -> s.payloads().contains("lang:vi"));
        teacher.taps("lang:vi");
        teacher.waitsFor(s -> s.text().startsWith("🎉 Chào thầy cô!"));
        teacher.writes("/newclass 9A Mèo Vạc");
        Sent created = teacher.waitsFor(s -> s.text().startsWith("✅ Đã tạo lớp"));
        String classId = created.payloads().get(0).substring("tas:a:".length());
        Sent link = teacher.waitsFor(s -> s.text().contains("trên Messenger") && s.text().contains("/join "));
        String join = link.text().substring(link.text().indexOf("/join "));

        MessengerPerson lan = joins("7100000000000011", join, "Lan");
        MessengerPerson mai = joins("7100000000000012", join, "Mai");
        Person tu = new Person(telegram, 7100013);
        tu.writes(join);
        tu.waitsFor(c -> c.buttonData().contains("lang:vi"));
        tu.presses("lang:vi");
        Call invited = tu.waitsFor(c -> c.text().startsWith("Bạn được mời vào lớp"));
        tu.presses(invited.buttonData().get(0));
        tu.waitsFor(c -> c.text().startsWith("Bạn muốn giáo viên"));
        tu.writes("Tú");
        tu.waitsFor(c -> c.text().startsWith("🎉 Chào Tú"));
        // a day passes for Mai, who writes nothing: her window closes
        MongoTemplate mongo = bot.bean(MongoTemplate.class);
        await().atMost(Duration.ofSeconds(10)).until(() -> mongo.count(Query.query(Criteria.where("_id")
                .regex("^fb:" + mai.psid() + "#").and("status").is("PENDING")), "outbox") == 0);
        int toMai = messenger.sentTo(mai.psid()).size();
        mongo.updateFirst(Query.query(Criteria.where("_id").is(mai.psid())),
                org.springframework.data.mongodb.core.query.Update.update("lastMessageAt",
                        Instant.now().minus(Duration.ofHours(25))), "messenger_chats");
        messenger.timePassesFor(mai.psid(), Duration.ofHours(25));

        teacher.taps("tas:a:" + classId);
        teacher.waitsFor(s -> s.payloads().contains("tas:l:" + classId));
        teacher.taps("tas:l:" + classId);
        Sent pick = teacher.waitsFor(s -> s.text().startsWith("Chọn bài cho lớp"));
        List<Lesson> lessons = bot.bean(Catalog.class).lessonsInOrder();
        assertThat(lessons.size() + 1).isGreaterThan(13);
        assertThat(pick.payloads()).hasSize(13);
        assertThat(pick.titles()).allSatisfy(t -> assertThat(t.length()).isLessThanOrEqualTo(20));
        assertThat(pick.titles().get(0)).startsWith("1. ");
        assertThat(pick.text()).contains("\n1. ▫️ " + lessons.get(0).title().in(Language.VI).orElseThrow())
                .contains("\n" + (lessons.size() + 1) + ". ");
        String last = lessons.get(lessons.size() - 1).id();
        teacher.writes(Integer.toString(lessons.size()));
        Sent ticked = teacher.waitsFor(s -> s.text().startsWith("Chọn bài cho lớp") && s.text().contains("✅ "));
        assertThat(ticked.text()).contains(lessons.size() + ". ✅ " + lessons.get(lessons.size() - 1).title()
                .in(Language.VI).orElseThrow());
        int next = lessons.size() + 2;
        assertThat(ticked.text()).contains("\n" + next + ". ");
        teacher.writes(Integer.toString(next));
        Sent due = teacher.waitsFor(s -> s.text().contains("hạn đến ngày nào?"));
        teacher.taps(due.payloads().get(due.payloads().size() - 2));
        Sent done = teacher.waitsFor(s -> s.text().startsWith("✅ Đã giao"));
        assertThat(done.text()).contains("gửi cho 2 học sinh").contains("📵 1 học sinh dùng Messenger chưa nhận được");
        String assignment = done.payloads().get(0).substring("tch:r:".length());

        lan.waitsFor(s -> s.text().startsWith("📝 Bài mới từ lớp «9A Mèo Vạc»") && s.payloads().contains("l:o:" + last));
        teacher.taps("tch:r:" + assignment);
        Sent report = teacher.waitsFor(s -> s.text().startsWith("📊 9A Mèo Vạc"));
        assertThat(report.text()).contains("👥 Trong lớp: 3").contains("📵 1 học sinh dùng Messenger không nhận được")
                .contains("• Lan · Messenger: ").contains("• Tú · Telegram: ");
        assertThat(messenger.sentTo(mai.psid())).hasSize(toMai);
        assertThat(messenger.refusedFor(mai.psid())).isEmpty();
    }

    /** A newcomer on Messenger who opens a class link: language, confirmation, name. */
    private static MessengerPerson joins(String psid, String join, String name) {
        MessengerPerson student = new MessengerPerson(bot, messenger, psid);
        student.writes(join);
        student.waitsFor(s -> s.payloads().contains("lang:vi"));
        student.taps("lang:vi");
        Sent confirm = student.waitsFor(s -> s.text().startsWith("Bạn được mời vào lớp"));
        student.taps(confirm.payloads().get(0));
        student.waitsFor(s -> s.text().startsWith("Bạn muốn giáo viên"));
        student.writes(name);
        student.waitsFor(s -> s.text().startsWith("🎉 Chào " + name));
        return student;
    }

    /**
     * The Send API's refusals are read by their code: a person Messenger does not know cannot be reached, too many
     * calls wait, a server error is tried again, a refused Page token waits for a new one, a text Messenger refuses is
     * dropped; in a conversation, answers still arrive after "too many calls" and a server error.
     */
    @Test
    void sendApiErrorsAreReadByTheirCode() throws Exception {
        MessengerChats chats = bot.bean(MessengerChats.class);
        MessengerSettings settings = bot.bean(MessengerSettings.class);
        MessengerTransport transport = new MessengerTransport(settings, chats);
        String psid = "7100000000000020";
        chats.heard(psid, Instant.now());
        assertThat(deliver(transport, psid, "hello")).isInstanceOf(Delivery.Unreachable.class);
        messenger.personWrote(psid, Instant.now());
        messenger.rateLimits(1);
        assertThat(deliver(transport, psid, "hello")).isEqualTo(new Delivery.RetryAfter(settings.rateLimitWait()));
        messenger.serverErrors(1);
        assertThat(deliver(transport, psid, "hello")).isInstanceOf(Delivery.Transient.class);
        assertThat(deliver(transport, psid, "x".repeat(2001))).isInstanceOf(Delivery.Rejected.class);
        MessengerSettings wrongToken = new MessengerSettings("EAA-revoked", settings.appSecret(),
                settings.verifyToken(), settings.apiUrl(), null, null, null, null, null, null);
        assertThat(deliver(new MessengerTransport(wrongToken, chats), psid, "hello"))
                .isInstanceOfSatisfying(Delivery.Transient.class, t -> assertThat(t.reason()).contains("#190"));
        assertThat(deliver(transport, psid, "hello")).isInstanceOf(Delivery.Sent.class);

        MessengerPerson person = started("7100000000000021", "en");
        messenger.rateLimits(2);
        messenger.serverErrors(1);
        person.taps("m:offer");
        person.waitsFor(s -> s.text().startsWith("🔎 Paste or forward the offer here"));
    }

    private static Delivery deliver(MessengerTransport transport, String psid, String text) throws Exception {
        return transport.deliver(new OutboxMessage("test:" + UUID.randomUUID() + "#0", ChatRef.messenger(psid), 1,
                Reply.text(text), OutboxMessage.Status.PENDING, 0, Instant.now(), null, null, null, false, 1, null,
                false)).get(20, java.util.concurrent.TimeUnit.SECONDS);
    }

    /** A message stored before replies said whether a person wrote them is read as the bot's own. */
    @Test
    void aReplyStoredBeforeItsHumanMarkIsTheBots() {
        MongoTemplate mongo = bot.bean(MongoTemplate.class);
        mongo.insert(org.bson.Document.parse("{\"_id\":\"old#0\",\"chat\":{\"channel\":\"MESSENGER\",\"_id\":\"1\"},"
                + "\"seq\":1,\"reply\":{\"text\":\"hi\",\"buttons\":[]},\"status\":\"SENT\",\"attempts\":0,"
                + "\"urgent\":false}"), "outbox_before_human");
        OutboxMessage old = mongo.findById("old#0", OutboxMessage.class, "outbox_before_human");
        assertThat(old.reply().human()).isFalse();
        assertThat(old.reply().text()).isEqualTo("hi");
    }

    /** Get Started, then the language by quick reply: the person is at the menu. */
    /** With "read to me" on, a card that has a recording comes after it, uploaded as an audio attachment. */
    @Test
    void readToMeSendsTheCardsRecordingAsAudio() throws IOException {
        Path recording = data.resolve("audio/kt-1/1-en.ogg");
        Files.createDirectories(recording.getParent());
        Files.write(recording, "OggS and a voice".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        MessengerPerson person = started("7100000000000031", "en");
        person.taps("m:language");
        person.waitsFor(s -> s.payloads().contains("lang:read"));
        person.taps("lang:read");
        person.waitsFor(s -> s.payloads().contains("m:learn"));
        person.taps("m:learn");
        person.waitsFor(s -> s.payloads().contains("l:s:kt"));
        person.taps("l:s:kt");
        person.waitsFor(s -> s.payloads().contains("l:o:kt-1"));
        person.taps("l:o:kt-1");
        Sent card = person.waitsFor(s -> s.text().contains("(1/"));
        List<Sent> sent = messenger.sentTo(person.psid());
        Sent voice = sent.stream().filter(s -> s.attachment() != null).findFirst().orElseThrow();
        assertThat(voice.attachment().type()).isEqualTo("audio");
        assertThat(voice.attachment().mediaType()).isEqualTo("audio/ogg");
        assertThat(voice.attachment().size()).isEqualTo(16);
        assertThat(sent.indexOf(voice)).isLessThan(sent.indexOf(card));
        assertThat(messenger.refusedFor(person.psid())).isEmpty();
    }

    private static MessengerPerson started(String psid, String language) {
        MessengerPerson person = new MessengerPerson(bot, messenger, psid);
        person.getsStarted();
        person.waitsFor(s -> s.payloads().contains("lang:" + language));
        person.taps("lang:" + language);
        person.waitsFor(s -> s.payloads().contains("m:learn"));
        return person;
    }

    /** Hoa closes the case: outcome "supported", no referral. */
    private static void close(String caseId) {
        telegram.userSends(HOA, "/close " + caseId);
        Call outcomes = telegram.awaitMessage(HOA, c -> c.text().startsWith("Đóng ca " + caseId));
        telegram.userPresses(HOA, FakeTelegram.messageId(outcomes), "s:out:" + caseId + ":SUPPORTED");
        Call referrals = telegram.awaitMessage(HOA, c -> c.text().contains("chuyển tiếp tới đâu?")
                && c.buttonData().stream().anyMatch(d -> d.startsWith("s:ref:" + caseId + ":SUPPORTED")));
        String none = referrals.buttonData().stream().filter(d -> d.startsWith("s:ref:" + caseId + ":SUPPORTED:"))
                .filter(d -> d.endsWith("NONE")).findFirst().orElse(referrals.buttonData().get(0));
        telegram.userPresses(HOA, FakeTelegram.messageId(referrals), none);
        telegram.awaitMessage(HOA, c -> c.text().startsWith("Đã đóng ca " + caseId));
    }

    private static HttpResponse<String> handshake(String mode, String token, String challenge) throws Exception {
        String query = "hub.mode=" + mode + "&hub.verify_token=" + URLEncoder.encode(token, StandardCharsets.UTF_8)
                + "&hub.challenge=" + challenge;
        return HTTP.send(HttpRequest.newBuilder(URI.create(bot.url("/webhooks/messenger?" + query))).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
