package org.lighthouse.console.broadcast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.lighthouse.testing.SafetyNet.RESPONDERS;
import static org.lighthouse.testing.SafetyNet.RESPONDERS_CHAT;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.lighthouse.channel.ChatRef;
import org.lighthouse.channel.Outbox;
import org.lighthouse.channel.Reply;
import org.lighthouse.console.Role;
import org.lighthouse.console.broadcast.Broadcast.Recipient;
import org.lighthouse.console.broadcast.Broadcast.Status;
import org.lighthouse.content.ContentCheck;
import org.lighthouse.content.ContentStatus;
import org.lighthouse.conversation.KnownChats;
import org.lighthouse.shared.Language;
import org.lighthouse.testing.BotUnderTest;
import org.lighthouse.testing.Browser;
import org.lighthouse.testing.ConsoleHttp;
import org.lighthouse.testing.ConsoleLogin;
import org.lighthouse.testing.ConsoleLogin.Staff;
import org.lighthouse.testing.FakeTelegram;
import org.lighthouse.testing.FakeTelegram.Call;
import org.lighthouse.testing.Person;
import org.lighthouse.testing.SafetyNet;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/**
 * An admin reads the content's state (the figures of {@code content-check}), the texts awaiting review and their CSV,
 * the retention settings in force, and sends an announcement to everyone active this week through the Telegram
 * stand-in at 4 messages a second: each recipient gets it once, in their language or in Vietnamese, within the rate;
 * who blocked the bot, deleted their data or has a safety case open gets nothing (and is counted). A teacher is
 * refused these pages.
 */
class AdminPagesBrowserTest {

    private static final int PER_SECOND = 4;

    @RegisterExtension
    static final BotUnderTest BOT = new BotUnderTest(RESPONDERS, RESPONDERS_CHAT,
            "lighthouse.outbox.per-second=" + PER_SECOND, "lighthouse.webchat.keep-for=14d");
    @TempDir
    static Path profile;
    static WebDriver browser;
    static Staff admin;
    /** The same admin from a second tab: its codes are few a minute, so both log in once. */
    static ConsoleHttp adminHttp;

    @BeforeAll
    static void start() {
        admin = ConsoleLogin.create(BOT.bot(), Set.of(Role.ADMIN));
        browser = Browser.start(profile);
        ConsoleLogin.logIn(browser, BOT.bot(), admin);
        adminHttp = ConsoleLogin.http(BOT.bot(), admin);
    }

    @AfterAll
    static void stop() {
        browser.quit();
    }

    @Test
    void theContentPageShowsWhatContentCheckPrints() throws IOException {
        ContentStatus expected = ContentCheck.status(Path.of(System.getProperty("user.dir")));
        browser.get(BOT.bot().url("/console/admin/content"));
        assertThat(browser.findElement(By.id("totals")).getText()).isEqualTo(expected.lessons() + " lessons in "
                + expected.series() + " series, " + expected.questions() + " questions; " + expected.pictured()
                + " with a picture");
        for (Language language : Language.values()) {
            WebElement row = browser.findElement(By.cssSelector("tr[data-locale='" + language.code() + "']"));
            ContentStatus.LocaleStatus figures = expected.of(language);
            assertThat(row.findElement(By.className("lessons")).getText()).isEqualTo("" + expected.lessons());
            assertThat(row.findElement(By.className("questions")).getText()).isEqualTo("" + expected.questions());
            assertThat(row.findElement(By.className("reviewed")).getText())
                    .isEqualTo(figures.reviewedPercent() + "%");
            assertThat(row.findElement(By.className("missing")).getText()).isEqualTo("" + figures.missing().size());
        }
        assertThat(browser.findElement(By.id("review-count")).getText())
                .isEqualTo(expected.awaitingReview().size() + " texts awaiting review");
        screenshots("content");

        new Select(browser.findElement(By.id("locale"))).selectByValue("en");
        browser.findElement(By.cssSelector("form.filters button")).click();
        List<ContentStatus.DraftText> english = expected.awaitingReview().stream()
                .filter(d -> d.language() == Language.EN).toList();
        assertThat(english).isNotEmpty();
        ConsoleLogin.waiting(browser).until(d -> d.findElement(By.id("review-count")).getText()
                .equals(english.size() + " texts awaiting review"));
        assertThat(browser.findElements(By.cssSelector("table.review tbody tr"))).hasSize(english.size());
        assertThat(browser.findElement(By.cssSelector("table.review tbody tr")).getText())
                .contains(english.get(0).lesson(), english.get(0).field(), "draft");

        String csv = adminHttp.get("/console/admin/content/review.csv?locale=en").body();
        var records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.substring(1))).getRecords();
        assertThat(records).hasSize(english.size());
        assertThat(records.get(0).get("lesson")).isEqualTo(english.get(0).lesson());
        assertThat(records.get(0).get("text")).isEqualTo(english.get(0).text());
        assertThat(records).allMatch(r -> r.get("locale").equals("en") && r.get("status").equals("draft"));
    }

    @Test
    void theRetentionPageListsTheSettingsInForce() throws IOException {
        browser.get(BOT.bot().url("/console/admin/content"));
        browser.findElement(By.linkText("Data kept")).click();
        ConsoleLogin.waiting(browser).until(d -> d.getCurrentUrl().endsWith("/console/admin/retention"));
        WebElement webChat = browser.findElement(By.cssSelector("tr[data-setting='lighthouse.webchat.keep-for']"));
        assertThat(webChat.findElement(By.className("value")).getText()).isEqualTo("14 days");
        assertThat(webChat.findElement(By.className("meaning")).getText())
                .isEqualTo("Messages of a web chat are deleted 14 days after they were written.");
        assertThat(browser.findElement(By.cssSelector("tr[data-setting='lighthouse.safety.context-window'] .value"))
                .getText()).isEqualTo("3 days");
        assertThat(browser.findElement(By.cssSelector("tr[data-setting='lighthouse.outbox.keep-sent'] .value"))
                .getText()).isEqualTo("1 day");
        assertThat(browser.findElements(By.cssSelector("table.retention tbody tr")).stream()
                .map(r -> r.getAttribute("data-setting"))).containsExactly("lighthouse.inbox.keep-keys",
                "lighthouse.messenger.human-window", "lighthouse.outbox.keep-sent",
                "lighthouse.safety.context-messages", "lighthouse.safety.context-window",
                "lighthouse.safety.transcript-size", "lighthouse.webchat.keep-for");
        screenshots("retention");
    }

    @Test
    void aBroadcastReachesEveryoneActiveOnceWithinTheRate() throws IOException {
        FakeTelegram telegram = BOT.telegram();
        Map<Long, String> recipients = new LinkedHashMap<>();
        for (int i = 0; i < 12; i++) {
            recipients.put(9100L + i, i % 4 == 1 ? "en" : i % 4 == 2 ? "hmn" : "vi");
        }
        recipients.forEach((user, language) -> BOT.person(user).chooses(language));
        Person blocker = BOT.person(9200);
        blocker.chooses("vi");
        telegram.push("my_chat_member", blocked(blocker.user()));
        await().atMost(Duration.ofSeconds(20)).until(() -> BOT.bot().bean(KnownChats.class)
                .among(List.of(ChatRef.telegram(blocker.user()).key())).get(0).blocked());
        Person leaver = BOT.person(9250);
        leaver.chooses("vi");
        leaver.writes("/delete");
        leaver.waitsFor(c -> c.buttonData().contains("p:yes"));
        leaver.presses("p:yes");
        await().atMost(Duration.ofSeconds(20)).until(() -> BOT.bot().bean(KnownChats.class)
                .among(List.of(ChatRef.telegram(leaver.user()).key())).isEmpty());
        Person inDanger = BOT.person(9300);
        inDanger.chooses("vi");
        inDanger.writes("họ lấy hộ chiếu của em rồi khóa cửa, em không ra được");
        SafetyNet.alertedCase(BOT.bot(), telegram, inDanger.user());

        browser.get(BOT.bot().url("/console/admin/broadcast"));
        String vi = "Thứ Bảy này có buổi nói chuyện về việc làm an toàn ở nhà văn hóa xã, 8 giờ.";
        String en = "This Saturday: a talk on safe work at the commune hall, 8 am.";
        browser.findElement(By.id("vi")).sendKeys(vi);
        browser.findElement(By.id("en")).sendKeys(en);
        browser.findElement(By.id("days")).clear();
        browser.findElement(By.id("days")).sendKeys("7");
        screenshots("broadcast");
        browser.findElement(By.cssSelector("form.broadcast button[type=submit]")).click();

        ConsoleLogin.waiting(browser).until(d -> d.getCurrentUrl().matches(".*/console/admin/broadcast/B-\\w+$"));
        String page = browser.getCurrentUrl().substring(browser.getCurrentUrl().indexOf("/console"));
        assertThat(browser.findElement(By.id("recipients")).getText()).isEqualTo("It will reach 12 people.");
        assertThat(browser.findElement(By.cssSelector("tr[data-channel='Telegram'] .count")).getText())
                .isEqualTo("12");
        assertThat(browser.findElement(By.className("left-out")).getText()).contains("1 blocked the bot",
                "1 have a safety case open", "1 deleted their data");
        assertThat(browser.findElement(By.cssSelector("[data-language='en'] .broadcast-text")).getText())
                .isEqualTo(en);
        WebElement hmong = browser.findElement(By.cssSelector("[data-language='hmn']"));
        assertThat(hmong.getText()).contains("Vietnamese text", "3 people");
        assertThat(hmong.findElement(By.className("broadcast-text")).getText()).isEqualTo(vi);
        screenshots("broadcast-preview");

        // the confirmation sent twice (another tab, a double click) sends once
        assertThat(adminHttp.submit(page, page + "/send").statusCode()).isEqualTo(302);
        browser.findElement(By.id("confirm")).click();
        new WebDriverWait(browser, Duration.ofSeconds(40)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("state")).getText().equals("All sent: 12 messages."));
        assertThat(browser.findElement(By.id("waiting")).getText()).isEqualTo("0");
        screenshots("broadcast-sent");
        browser.findElement(By.linkText("Back")).click();
        ConsoleLogin.waiting(browser).until(d -> d.findElement(By.cssSelector("table.broadcasts tbody")).getText()
                .contains(admin.login() + " To everyone who wrote to the bot in the last 7 days. 12 Done"));

        List<Call> sent = new ArrayList<>();
        recipients.forEach((user, language) -> {
            List<Call> got = telegram.messagesTo(user).stream().filter(c -> c.text().equals(vi) || c.text().equals(en))
                    .toList();
            assertThat(got).as("what %s got", user).hasSize(1);
            assertThat(got.get(0).text()).isEqualTo(language.equals("en") ? en : vi);
            sent.addAll(got);
        });
        assertThat(telegram.messagesTo(blocker.user())).noneMatch(c -> c.text().equals(vi));
        assertThat(telegram.messagesTo(inDanger.user())).noneMatch(c -> c.text().equals(vi));
        assertThat(telegram.messagesTo(leaver.user())).noneMatch(c -> c.text().equals(vi));
        // the outbox starts a send every 1/PER_SECOND s; the stand-in notes each when it arrives, after the machine's
        // scheduling (seen up to a few hundred ms on a loaded machine), so any PER_SECOND + 1 arrivals in a row must
        // span a second less one send's slot: a burst past the rate fails this, an arrival late by a slot does not
        List<Instant> arrivals = sent.stream().map(Call::at).sorted().toList();
        for (int i = 0; i + PER_SECOND < arrivals.size(); i++) {
            assertThat(Duration.between(arrivals.get(i), arrivals.get(i + PER_SECOND)))
                    .as("%d sends from %s, all at %s", PER_SECOND + 1, arrivals.get(i), arrivals)
                    .isGreaterThanOrEqualTo(Duration.ofMillis(1000 - 1000 / PER_SECOND));
        }

        String audit = adminHttp.get("/console/admin/audit.csv").body();
        assertThat(audit.lines().filter(l -> l.contains("broadcast.send")).toList()).singleElement().satisfies(l ->
                assertThat(l).contains(admin.login(), "everyone active in the last 7 days", "12 recipients"));
    }

    /**
     * The process stopped after the admin confirmed and while the messages were going into the outbox: one was there
     * already. At the next round the rest go, and nobody gets it twice. (To chats the bot never saw, so that they count
     * in no audience of the other tests.)
     */
    @Test
    void aBroadcastCutShortGoesOnWithoutSendingAnyoneTwice() {
        List<Long> chats = List.of(9400L, 9401L, 9402L);
        String text = "Nhắc lại: buổi nói chuyện ở nhà văn hóa xã dời sang Chủ nhật.";
        Broadcast cut = new Broadcast("B-CUTSHORT", admin.login(), Instant.now(), Audience.activeWithin(7),
                Map.of(Language.VI, text), Status.SENDING,
                new Plan(Map.of("Telegram", 3), Map.of("vi", 3), 3, 0, 0, 0, 0),
                chats.stream().map(c -> new Recipient(ChatRef.telegram(c).key(), Language.VI)).toList(), false,
                Instant.now(), null, 0, 0);
        BOT.bot().bean(MongoTemplate.class).insert(cut);
        ChatRef first = ChatRef.telegram(chats.get(0));
        BOT.bot().bean(Outbox.class).send(first, cut.keyPrefix() + first.key(), List.of(Reply.text(text)));

        BOT.bot().bean(BroadcastSender.class).work();
        await().atMost(Duration.ofSeconds(30)).until(() -> BOT.bot().bean(Broadcasts.class).find(cut.id())
                .orElseThrow().status() == Status.DONE);
        assertThat(BOT.bot().bean(Broadcasts.class).find(cut.id()).orElseThrow())
                .satisfies(done -> assertThat(done.sent()).isEqualTo(3))
                .satisfies(done -> assertThat(done.recipients()).isEmpty());
        chats.forEach(chat -> assertThat(BOT.telegram().messagesTo(chat)).as("what %s got", chat)
                .filteredOn(c -> c.text().equals(text)).hasSize(1));
    }

    /** The console's first language: an account that chose none and asks for none reads the pages in Vietnamese. */
    @Test
    void thePagesReadInVietnamese() {
        assertThat(adminHttp.get("/console/admin/content").body()).contains("bài học trong", "Chờ người bản ngữ duyệt");
        assertThat(adminHttp.get("/console/admin/retention").body())
                .contains("Tin nhắn của trò chuyện trên web bị xóa 14 ngày sau khi được viết.");
        assertThat(adminHttp.get("/console/admin/broadcast").body()).contains("Tiếng Việt (bắt buộc)", "Ai nhận");
    }

    /** Nothing is drafted from a form that could not be sent as it is; each problem is named. */
    @Test
    void theFormRefusesWhatCannotGoOut() {
        String form = "/console/admin/broadcast";
        long before = BOT.bot().bean(MongoTemplate.class).count(new Query(), Broadcast.class);
        assertThat(adminHttp.submit(form, form, "vi", " ", "audience", "active", "days", "7").body())
                .contains("Hãy viết bản tiếng Việt");
        assertThat(adminHttp.submit(form, form, "vi", "x".repeat(BroadcastController.MAX_TEXT + 1), "audience",
                "active", "days", "7").body()).contains("Mỗi bản tối đa 2000 ký tự.");
        assertThat(adminHttp.submit(form, form, "vi", "Chào", "audience", "active", "days", "0").body())
                .contains("Hãy nhập số ngày từ 1 đến 365.");
        for (String days : List.of("abc", "99999999999")) {
            assertThat(adminHttp.submit(form, form, "vi", "Chào", "audience", "active", "days", days).body())
                    .contains("Hãy nhập số ngày từ 1 đến 365.");
        }
        assertThat(adminHttp.submit(form, form, "vi", "Chào", "audience", "class", "classId", "nope").body())
                .contains("Hãy chọn một lớp.");
        assertThat(BOT.bot().bean(MongoTemplate.class).count(new Query(), Broadcast.class)).as("drafts")
                .isEqualTo(before);
    }

    /**
     * A class's students: those the bot knows, whenever they last wrote, and one it no longer knows (who deleted their
     * data). Stored as the bot stores them, with last messages a month old, so that no other audience holds them.
     */
    @Test
    void aClassAudienceIsItsStudents() {
        MongoTemplate mongo = BOT.bot().bean(MongoTemplate.class);
        Date monthAgo = Date.from(Instant.now().minus(Duration.ofDays(30)));
        mongo.insert(new Document("_id", "class-9A").append("teacher", "tg:9600").append("name", "9A Mèo Vạc")
                .append("code", "ABCDEFGHJK").append("createdAt", monthAgo), "classes");
        for (String student : List.of("tg:9500", "tg:9501", "tg:9502")) {
            mongo.insert(new Document("_id", "class-9A|" + student).append("classId", "class-9A")
                    .append("student", student).append("name", student).append("language", "VI")
                    .append("joinedAt", monthAgo), "class_members");
        }
        for (String known : List.of("tg:9500", "tg:9501")) {
            mongo.insert(new Document("_id", known).append("language", "HMN").append("step", "menu")
                    .append("slots", new Document()).append("lastEvent", 1L).append("active", true)
                    .append("firstSeen", monthAgo).append("lastSeen", monthAgo).append("version", 1L), "dialogues");
        }
        HttpResponse<String> drafted = adminHttp.submit("/console/admin/broadcast", "/console/admin/broadcast",
                "vi", "Lớp 9A: thứ Hai nghỉ học.", "audience", "class", "classId", "class-9A");
        assertThat(drafted.statusCode()).isEqualTo(302);
        String preview = adminHttp.get(drafted.headers().firstValue("Location").orElseThrow()
                .replaceFirst("^https?://[^/]+", ""), "Accept-Language", "en").body();
        assertThat(preview).contains("To the students of class 9A Mèo Vạc.", "It will reach 2 people.",
                "1 deleted their data", "0 blocked the bot");
    }

    @Test
    void aTeacherIsRefusedTheAdminsPages() {
        ConsoleHttp teacher = ConsoleLogin.http(BOT.bot(), ConsoleLogin.create(BOT.bot(), Set.of(Role.TEACHER)));
        for (String page : List.of("/console/admin/content", "/console/admin/content/review.csv",
                "/console/admin/retention", "/console/admin/broadcast")) {
            assertThat(teacher.get(page).statusCode()).as(page).isEqualTo(403);
        }
    }

    private static ObjectNode blocked(long user) {
        ObjectMapper json = new ObjectMapper();
        ObjectNode bot = json.createObjectNode().put("id", FakeTelegram.BOT_ID).put("is_bot", true)
                .put("first_name", "Lighthouse");
        ObjectNode change = json.createObjectNode();
        change.set("chat", json.createObjectNode().put("id", user).put("type", "private"));
        change.set("from", FakeTelegram.user(user));
        change.put("date", 1);
        change.set("old_chat_member", json.createObjectNode().put("status", "member").set("user", bot));
        change.set("new_chat_member", json.createObjectNode().put("status", "kicked").set("user", bot));
        return change;
    }

    /** The page as a laptop and a phone show it, in target/screenshots/, to be looked at. */
    private static void screenshots(String name) throws IOException {
        Browser.screenshots(browser, "admin-" + name);
    }
}
