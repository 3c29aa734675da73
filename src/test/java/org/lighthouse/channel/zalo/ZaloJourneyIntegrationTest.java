package org.lighthouse.channel.zalo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.lighthouse.testing.SafetyNet.GROUP;
import static org.lighthouse.testing.SafetyNet.HOA;
import static org.lighthouse.testing.SafetyNet.RESPONDERS;
import static org.lighthouse.testing.SafetyNet.RESPONDERS_CHAT;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lighthouse.channel.Button;
import org.lighthouse.channel.ChatRef;
import org.lighthouse.channel.Outbox;
import org.lighthouse.channel.Reply;
import org.lighthouse.content.Catalog;
import org.lighthouse.content.Lesson;
import org.lighthouse.safety.SafetyCase;
import org.lighthouse.safety.escalation.CaseStore;
import org.lighthouse.shared.Language;
import org.lighthouse.testing.FakeTelegram;
import org.lighthouse.testing.FakeZalo;
import org.lighthouse.testing.FakeZalo.Call;
import org.lighthouse.testing.Person;
import org.lighthouse.testing.RunningBot;
import org.lighthouse.testing.SafetyNet;
import org.lighthouse.testing.ZaloPerson;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The conversation on Zalo, received by long polling from the stand-in and sent back through the real HTTP path:
 * every choice answered as text (a number, a label, an option's words without diacritics), the offer check, danger
 * reaching the responders on Telegram and their words going both ways, a class joined by its code, and Zalo's limits
 * and refusals. One running bot, with Telegram for the responders and the admin.
 */
class ZaloJourneyIntegrationTest {

    static final long ADMIN = 9100;
    static final String AD = "TUYỂN GẤP 10 nữ làm phục vụ nhà hàng bên Trung Quốc, lương 25tr/tháng, không cần hộ chiếu,"
            + " bao ăn ở, đi ngay tuần này. Inbox chị Lan.";

    @TempDir
    static Path dir;
    static FakeTelegram telegram;
    static FakeZalo zalo;
    static RunningBot bot;

    @BeforeAll
    static void start() throws Exception {
        telegram = new FakeTelegram();
        zalo = new FakeZalo();
        zalo.webhookSetBefore("https://old.example.org/hook", "an-old-secret");
        bot = RunningBot.start(telegram, Files.createDirectories(dir.resolve("data")), zalo.settings(RESPONDERS,
                RESPONDERS_CHAT, "lighthouse.classroom.admins=" + ADMIN));
    }

    @AfterAll
    static void stop() throws Exception {
        bot.close();
        zalo.close();
        telegram.close();
    }

    /**
     * First contact: the language by its number; the menu's "Học" typed without diacritics; a series and a lesson by
     * number; its picture left out (no public address); other words while learning get a hint to type a number; cards
     * on with "Tiếp"; the quiz answered by number, then by typing the option's words without diacritics. Nothing Zalo
     * refuses is sent.
     */
    @Test
    void firstContactLessonAndQuizByText() {
        ZaloPerson person = new ZaloPerson(zalo, FakeZalo.user(1));
        person.writes("Xin chào");
        Call prompt = person.waitsFor(c -> c.text().contains("Bạn muốn nói chuyện bằng tiếng nào?"));
        assertThat(prompt.text()).endsWith("1 Tiếng Việt · 2 English · 3 Hmoob");
        person.writes("1");
        Call menu = person.waitsFor(c -> c.text().startsWith("Bạn muốn làm gì?"));
        assertThat(menu.text()).contains("\n1 📚 Học\n2 🔎 Kiểm tra lời mời\n3 🙋 Nói chuyện với một người");
        person.writes("hoc");
        person.waitsFor(c -> c.text().startsWith("📚 Bạn muốn học chủ đề nào?"));
        person.picks("Di cư an toàn");
        person.waitsFor(c -> c.text().contains("1. Công ty có giấy phép"));
        person.writes("1");
        Call card = person.waitsFor(c -> c.text().contains("(1/"));
        assertThat(card.method()).isEqualTo("sendmessage");
        assertThat(card.text()).contains("Muốn đi làm xa").doesNotContain("images/");
        person.writes("ok");
        person.waitsFor(c -> c.text().startsWith("Khi học, bạn gõ số của một lựa chọn"));
        person.picks("Học tiếp");
        card = person.waitsFor(c -> c.text().contains("(1/"));
        while (card.numberOf("Làm bài kiểm tra").isEmpty()) {
            String before = card.text();
            person.picks("Tiếp");
            card = person.waitsFor(c -> !c.text().equals(before) && (c.numberOf("Tiếp").isPresent()
                    || c.numberOf("Làm bài kiểm tra").isPresent()));
        }
        person.picks("Làm bài kiểm tra");
        Call first = person.waitsFor(c -> c.text().startsWith("✍ Câu 1/"));
        assertThat(first.text()).contains("\nA. ").endsWith("1 A · 2 B · 3 C");
        person.writes("2");
        Call feedback = person.waitsFor(c -> c.text().contains("Đúng rồi") || c.text().contains("Chưa đúng"));
        person.picks("Câu tiếp");
        person.waitsFor(c -> c.text().startsWith("✍ Câu 2/"));
        Lesson.Question question = bot.bean(Catalog.class).lesson("sm-1").orElseThrow().quiz().get(1);
        String right = question.options().get(question.correctOption()).text().show(Language.VI).text();
        person.writes(ZaloPerson.withoutDiacritics(right));
        Call answered = person.waitsFor(c -> c.text().contains("Đúng rồi") || c.text().contains("Chưa đúng"));
        assertThat(answered.text()).contains("✅ Đúng rồi!").isNotEqualTo(feedback.text());
        assertThat(zalo.attempts("sendphoto")).isEmpty();
        assertThat(zalo.refused()).noneMatch(c -> c.chatId().equals(person.id()));
    }

    /** "Kiểm tra lời mời" by its number, the ad pasted: the risk, the flags in plain words, the way to a person. */
    @Test
    void offerCheck() {
        ZaloPerson person = new ZaloPerson(zalo, FakeZalo.user(2));
        person.chooses("Tiếng Việt");
        person.picks("Kiểm tra lời mời");
        person.waitsFor(c -> c.text().startsWith("🔎"));
        person.writes(AD);
        Call result = person.waitsFor(c -> c.text().startsWith("🔴 RỦI RO CAO"));
        assertThat(result.text()).contains("Qua biên giới không cần hộ chiếu").contains("111");
        assertThat(result.numberOf("Nói chuyện")).isPresent();
    }

    /**
     * On Zalo too, danger that no message shows alone, typed without diacritics, reaches the responders once the third
     * message makes it plain: the case holds all three (after the greeting that opened the chat).
     */
    @Test
    void dangerAcrossMessagesWithoutDiacritics() {
        ZaloPerson person = new ZaloPerson(zalo, FakeZalo.user(41));
        person.chooses("Tiếng Việt");
        List<String> said = List.of("em moi len lo gach o Hung Yen hom qua, nhieu nguoi cung que lam",
                "chu bao luong tra mot lan cuoi nam, gio chua duoc dong nao",
                "chi duoc goi ve nha chu nhat, chu dung canh nghe");
        said.forEach(person::writes);
        Call urgent = person.waitsFor(c -> c.text().startsWith("Mình ở đây với bạn."));
        assertThat(urgent.text()).contains("113").contains("111");
        SafetyCase opened = await().atMost(Duration.ofSeconds(20))
                .until(() -> bot.bean(CaseStore.class).openFor(ChatRef.zalo(person.id()).key()), Optional::isPresent)
                .orElseThrow();
        assertThat(opened.transcript().stream().filter(e -> e.from().equals(SafetyCase.Entry.PERSON))
                .map(SafetyCase.Entry::text)).endsWith(said.toArray(String[]::new));
        FakeTelegram.Call alert = telegram.awaitMessage(GROUP, c -> c.buttonData().contains("s:claim:" + opened.id()));
        assertThat(alert.text()).contains("Zalo · Tiếng Việt");
    }

    /**
     * Danger written on Zalo gets 113 and 111 at once and reaches the responders' Telegram group, naming Zalo; Hoa
     * claims it and they write both ways (a phone number blanked; Hoa's long advice in two parts cut between
     * sentences); a number the person types goes to Hoa as words, not as an old choice; a photo cannot be passed from
     * Zalo to Telegram, and Hoa is told so.
     */
    @Test
    void dangerReachesTelegramRespondersAndBack() {
        ZaloPerson person = new ZaloPerson(zalo, FakeZalo.user(3));
        person.chooses("Tiếng Việt");
        person.writes("họ lấy hộ chiếu của em rồi khóa cửa, em không ra được");
        Call urgent = person.waitsFor(c -> c.text().startsWith("Mình ở đây với bạn."));
        assertThat(urgent.text()).contains("113").contains("111");
        person.waitsFor(c -> c.text().startsWith("Mình đã báo cho một người hỗ trợ"));
        String caseId = await().atMost(Duration.ofSeconds(20))
                .until(() -> bot.bean(CaseStore.class).openFor(ChatRef.zalo(person.id()).key()), Optional::isPresent)
                .map(SafetyCase::id).orElseThrow();
        FakeTelegram.Call alert = telegram.awaitMessage(GROUP, c -> c.buttonData().contains("s:claim:" + caseId));
        assertThat(alert.text()).contains("Zalo · Tiếng Việt").contains("«họ lấy hộ chiếu");
        SafetyNet.claims(telegram, HOA, caseId);
        person.waitsFor(c -> c.text().contains("Người hỗ trợ Hoa đang ở đây với bạn"));

        person.writes("em đang ở một nhà nghỉ, số của em là 0912 345 678");
        FakeTelegram.Call toHoa = telegram.awaitMessage(HOA, c -> c.text().equals("💬 " + caseId
                + ": em đang ở một nhà nghỉ, số của em là [phone]"));
        telegram.userRepliesTo(HOA, toHoa, "Em có an toàn không? Trả lời 1 nếu an toàn.");
        person.waitsFor(c -> c.text().equals("💬 Người hỗ trợ Hoa: Em có an toàn không? Trả lời 1 nếu an toàn."));
        person.writes("1");
        telegram.awaitMessage(HOA, c -> c.text().equals("💬 " + caseId + ": 1"));

        String advice = "Em hãy giữ điện thoại bên mình và đừng đi đâu với người lạ. ".repeat(45).strip();
        telegram.userRepliesTo(HOA, toHoa, advice);
        List<Call> parts = await().atMost(Duration.ofSeconds(20)).until(() -> person.since().stream()
                .filter(c -> c.text().contains("Em hãy giữ điện thoại")).toList(), p -> p.size() == 2);
        assertThat(parts.get(0).text()).startsWith("💬 Người hỗ trợ Hoa: Em hãy giữ");
        assertThat(parts).allSatisfy(p -> assertThat(p.text()).hasSizeLessThanOrEqualTo(2000)
                .endsWith("người lạ."));

        zalo.userSendsPhoto(person.id(), "đây là giấy tờ");
        telegram.awaitMessage(HOA, c -> c.text().startsWith("💬 " + caseId + ": [📷 ảnh] đây là giấy tờ"));
        telegram.awaitMessage(HOA, c -> c.text().startsWith("⚠️ Ca " + caseId + ": không chuyển được"));
        assertThat(telegram.copiesTo(HOA)).isEmpty();
        assertThat(telegram.refused()).isEmpty();
        assertThat(zalo.refused()).noneMatch(c -> c.chatId().equals(person.id()));
    }

    /**
     * A teacher on Zalo (invited by an admin on Telegram) creates a class and gets a message with the code to type,
     * not a Telegram link; a new student sends that line as their first message, chooses a language, and the join
     * goes on: confirm by number, a name typed, welcome.
     */
    @Test
    void classJoinedByItsCode() {
        Person admin = new Person(telegram, ADMIN);
        admin.choosesAsStaff("vi");
        admin.writes("/invite_teacher");
        FakeTelegram.Call issued = telegram.awaitMessage(ADMIN, c -> c.text().contains("/teacher "));
        Matcher invite = Pattern.compile("/teacher ([A-Z0-9]+)").matcher(issued.text());
        assertThat(invite.find()).isTrue();
        ZaloPerson teacher = new ZaloPerson(zalo, FakeZalo.user(4));
        teacher.chooses("Tiếng Việt");
        teacher.writes("/teacher " + invite.group(1));
        teacher.waitsFor(c -> c.text().startsWith("🎉 Chào thầy cô!"));
        teacher.writes("/newclass 9A Mèo Vạc");
        Call share = teacher.waitsFor(c -> c.text().startsWith("Vào lớp «9A Mèo Vạc»"));
        assertThat(share.text()).doesNotContain("t.me").contains("trên Zalo");
        teacher.waitsFor(c -> c.text().startsWith("✅ Đã tạo lớp") && c.text().contains("mã lớp"));
        String line = share.text().substring(share.text().indexOf("/join "));
        assertThat(line).matches("/join [A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{2}");

        ZaloPerson student = new ZaloPerson(zalo, FakeZalo.user(5));
        student.writes(line);
        student.picks("Tiếng Việt");
        Call confirm = student.waitsFor(c -> c.text().startsWith("Bạn được mời vào lớp «9A Mèo Vạc»"));
        student.writes(confirm.numberOf("Vào lớp").orElseThrow());
        student.waitsFor(c -> c.text().startsWith("Bạn muốn giáo viên và lớp «9A Mèo Vạc» thấy tên bạn là gì?"));
        student.writes("Lan");
        student.waitsFor(c -> c.text().startsWith("🎉 Chào Lan, bạn đã vào lớp «9A Mèo Vạc»!"));
        assertThat(zalo.refused()).noneMatch(c -> c.chatId().equals(teacher.id()) || c.chatId().equals(student.id()));
    }

    /** A text longer than Zalo's 2,000 characters arrives in parts cut between sentences, the choices with the last. */
    @Test
    void longTextArrivesInPartsBetweenSentences() {
        ZaloPerson person = new ZaloPerson(zalo, FakeZalo.user(6));
        person.chooses("Tiếng Việt");
        String sentence = "Hợp đồng phải viết bằng tiếng bạn đọc được, và bạn giữ một bản. ";
        String text = sentence.repeat(70).strip();
        bot.bean(Outbox.class).send(ChatRef.zalo(person.id()), "long-text", List.of(Reply.withButtons(text,
                List.of(List.of(Button.of("🏠 Menu", "m:home"))))));
        List<Call> parts = await().atMost(Duration.ofSeconds(20)).until(() -> person.since().stream()
                .filter(c -> c.text().startsWith("Hợp đồng")).toList(), p -> p.size() >= 3);
        assertThat(parts).allSatisfy(p -> assertThat(p.text().length()).isLessThanOrEqualTo(2000));
        assertThat(parts.subList(0, parts.size() - 1)).allSatisfy(p -> assertThat(p.text()).endsWith("một bản."));
        assertThat(parts.get(parts.size() - 1).text()).endsWith("một bản.\n\n1 🏠 Menu");
        assertThat(String.join(" ", parts.stream().map(p -> p.text().replace("\n\n1 🏠 Menu", "")).toList()))
                .isEqualTo(text);
    }

    /** "Too many requests" stops sending for a while; the message then arrives, once. */
    @Test
    void tooManyRequestsIsWaitedOut() {
        ZaloPerson person = new ZaloPerson(zalo, FakeZalo.user(7));
        person.chooses("Tiếng Việt");
        zalo.tooManyRequests(1);
        Instant sent = Instant.now();
        bot.bean(Outbox.class).send(ChatRef.zalo(person.id()), "after-429", List.of(Reply.text("Sau khi chờ.")));
        person.waitsFor(c -> c.text().equals("Sau khi chờ."));
        assertThat(Duration.between(sent, Instant.now())).isGreaterThanOrEqualTo(Duration.ofMillis(900));
        assertThat(zalo.messagesTo(person.id()).stream().filter(c -> c.text().equals("Sau khi chờ."))).hasSize(1);
    }

    /**
     * A person who blocked the bot, and a chat Zalo does not know, are unreachable: one attempt, and the chat's waiting
     * messages are dropped, not tried again.
     */
    @Test
    void blockedOrUnknownRecipientIsUnreachable() {
        ZaloPerson person = new ZaloPerson(zalo, FakeZalo.user(8));
        person.chooses("Tiếng Việt");
        zalo.blockedBy(person.id());
        String stranger = FakeZalo.user(88);
        Outbox outbox = bot.bean(Outbox.class);
        outbox.send(ChatRef.zalo(person.id()), "to-blocked", List.of(Reply.text("Một."), Reply.text("Hai.")));
        outbox.send(ChatRef.zalo(stranger), "to-stranger", List.of(Reply.text("Ba.")));
        MongoTemplate mongo = bot.bean(MongoTemplate.class);
        await().atMost(Duration.ofSeconds(20)).until(() -> mongo.find(Query.query(Criteria.where("status")
                .is("DROPPED").and("_id").regex("^to-(blocked|stranger)#")), Document.class, "outbox").size() == 3);
        assertThat(zalo.attempts("sendmessage").stream().filter(c -> c.chatId().equals(person.id())
                && c.text().matches("Một\\.|Hai\\."))).hasSize(1);
        assertThat(zalo.attempts("sendmessage").stream().filter(c -> c.chatId().equals(stranger))).hasSize(1);
    }

    /** The same message polled twice is handled once; group chatter is left alone, a command there answered once. */
    @Test
    void repeatsAndGroupsAreQuiet() throws Exception {
        ZaloPerson person = new ZaloPerson(zalo, FakeZalo.user(9));
        person.chooses("Tiếng Việt");
        var update = zalo.userSends(person.id(), "/help");
        person.waitsFor(c -> c.text().startsWith("Lighthouse giúp bạn"));
        zalo.deliver(update);
        String group = "9f00000000000000000a";
        zalo.userSendsInGroup(group, FakeZalo.user(10), "chào cả nhà, mai đi chợ không?");
        zalo.userSendsInGroup(group, FakeZalo.user(10), "/start");
        zalo.awaitMessage(group, c -> c.text().equals("Mình chỉ trò chuyện riêng. Bạn nhắn riêng cho mình nhé."));
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> zalo.pending() == 0);
        assertThat(person.since().stream().filter(c -> c.text().startsWith("Lighthouse giúp bạn"))).hasSize(1);
        assertThat(zalo.messagesTo(group)).hasSize(1);
        assertThat(bot.health().at("/components/zalo/status").asText()).isEqualTo("UP");
        assertThat(bot.health().at("/components/zalo/details/mode").asText()).isEqualTo("polling");
    }

    /**
     * /mydata and /delete by numbers: what the bot keeps, the confirmation, and then nothing of the chat, its last
     * choices included.
     */
    @Test
    void myDataAndDeleteByNumbers() {
        ZaloPerson person = new ZaloPerson(zalo, FakeZalo.user(11));
        person.chooses("Tiếng Việt");
        person.writes("/mydata");
        person.waitsFor(c -> c.text().startsWith("🔒 Lighthouse đang giữ về bạn:"));
        person.picks("Xoá dữ liệu của tôi");
        person.waitsFor(c -> c.text().startsWith("Xoá hết ngôn ngữ"));
        person.picks("Có, xoá hết");
        person.waitsFor(c -> c.text().startsWith("Đã xoá dữ liệu của bạn."));
        MongoTemplate mongo = bot.bean(MongoTemplate.class);
        String chat = ChatRef.zalo(person.id()).key();
        await().atMost(Duration.ofSeconds(5)).until(() -> mongo.findById(chat, Document.class, "choices") == null
                && mongo.findById(chat, Document.class, "dialogues") == null);
    }

    /** A webhook left set from an earlier setup was deleted at start: getUpdates works only without one. */
    @Test
    void webhookLeftSetWasDeletedToPoll() {
        assertThat(zalo.webhookUrl()).isNull();
        assertThat(zalo.attempts("deletewebhook")).hasSize(1);
        assertThat(zalo.attempts("setwebhook")).isEmpty();
        await().atMost(Duration.ofSeconds(5)).until(() -> !zalo.attempts("getupdates").isEmpty());
    }

}
