package org.lighthouse.console.teaching;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.lighthouse.classroom.Csv;
import org.lighthouse.classroom.Person;
import org.lighthouse.classroom.QrImages;
import org.lighthouse.classroom.School;
import org.lighthouse.console.Role;
import org.lighthouse.console.accounts.Accounts.NewAccount;
import org.lighthouse.content.Catalog;
import org.lighthouse.testing.BotUnderTest;
import org.lighthouse.testing.Browser;
import org.lighthouse.testing.ConsoleHttp;
import org.lighthouse.testing.ConsoleLogin;
import org.lighthouse.testing.ConsoleLogin.Staff;
import org.lighthouse.testing.RunningBot;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.PrintsPage;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A teacher runs a class from the browser, without the chat: sees only her own classes, makes a class and gives it a
 * lesson, pupils join with the link and finish the lesson's quiz in Telegram (one joins and does nothing), and the
 * teacher reads who finished, the report with its chart and the CSV file, and opens the QR sheet. Other accounts are
 * kept out.
 */
class TeachingConsoleBrowserTest {

    static final long ADMIN = 9001;
    static final long THU = 9002;
    static final long OTHER = 9003;

    @RegisterExtension
    static final BotUnderTest BOT = new BotUnderTest("lighthouse.classroom.admins=" + ADMIN);
    @TempDir
    static Path profile;
    static RunningBot bot;
    static WebDriver browser;
    static School school;
    static Staff thu;

    @BeforeAll
    static void start() {
        bot = BOT.bot();
        Person admin = new Person(BOT.telegram(), ADMIN);
        admin.startsInVietnamese("");
        school = new School(BOT.telegram(), catalog(), admin);
        thu = ConsoleLogin.create(bot, new NewAccount("thu", Set.of(Role.TEACHER), "Cô Thu", THU));
        browser = Browser.start(profile);
    }

    @AfterAll
    static void stop() {
        browser.quit();
    }

    @Test
    void aClassRunFromTheBrowser() throws Exception {
        school.teacher(THU);
        Person other = school.teacher(OTHER);
        String othersClass = school.newClass(other, "8B Đồng Văn");

        ConsoleLogin.logIn(browser, bot, thu);
        assertThat(browser.getCurrentUrl()).endsWith("/console/teach");
        assertThat(browser.findElement(By.id("no-classes")).getText()).startsWith("You have no class yet.");
        assertThat(browser.getPageSource()).doesNotContain("8B Đồng Văn");
        ConsoleHttp thuHttp = ConsoleLogin.http(bot, thu);
        HttpResponse<String> othersPage = thuHttp.get("/console/teach/classes/" + othersClass);
        assertThat(othersPage.statusCode()).isEqualTo(404);
        assertThat(othersPage.body()).doesNotContain("8B Đồng Văn");
        assertThat(thuHttp.get("/console/teach/classes/" + othersClass + "/qr").statusCode()).isEqualTo(404);
        assertThat(thuHttp.submit("/console/teach", "/console/teach/classes/" + othersClass + "/work", "work",
                "l:sm-1", "due", LocalDate.now().plusDays(3).toString()).statusCode()).isEqualTo(404);

        browser.findElement(By.id("name")).sendKeys("9A Mèo Vạc");
        browser.findElement(By.cssSelector("form.new-class button")).click();
        waiting().until(d -> d.findElement(By.id("notice")).getText().startsWith("Class «9A Mèo Vạc» is ready."));
        String classPath = path(browser.getCurrentUrl());
        String link = browser.findElement(By.id("join-link")).getText();
        assertThat(link).matches("https://t\\.me/lighthouse_test_bot\\?start=join_[2-9A-HJKMNP-Z]{10}");
        Browser.screenshots(browser, "teaching-class");

        new Select(browser.findElement(By.id("work-choice"))).selectByValue("l:sm-1");
        LocalDate due = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(3);
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]",
                browser.findElement(By.id("due")), due.toString());
        browser.findElement(By.cssSelector("form.give button")).click();
        waiting().until(d -> d.findElement(By.id("notice")).getText()
                .equals("Work given: 0 students got the message."));
        String workPath = path(browser.getCurrentUrl());
        assertThat(workPath).matches("/console/teach/work/[2-9A-Z]+");

        String join = link.substring(link.indexOf("join_"));
        Person lan = new Person(BOT.telegram(), 9100);
        school.joins(lan, join, "Lan");
        lan.after(0, c -> c.text().startsWith("📝 Bài mới từ lớp «9A Mèo Vạc»"));
        lan.takes(catalog(), "sm-1", Set.of(0));
        browser.get(bot.url(workPath));
        List<WebElement> questions = browser.findElements(By.cssSelector("table.questions tbody tr"));
        assertThat(questions).hasSize(4);
        // the one answer is Lan's own: as in the chat's report, no right count under 5 answers
        assertThat(questions.get(0).getText()).startsWith("Lesson 1, question 1").endsWith(" 1 fewer than 5 answers")
                .doesNotContain("0/1");
        assertThat(browser.findElement(By.id("no-chart")).getText()).startsWith("No question has 5 answers yet");
        assertThat(browser.findElements(By.cssSelector(".chart-box svg"))).isEmpty();

        List<String> names = List.of("Minh", "Hoa", "Páo", "Mai");
        List<Set<Integer>> wrong = List.of(Set.of(0, 1), Set.of(0), Set.of(), Set.of(0, 2));
        for (int i = 0; i < names.size(); i++) {
            Person pupil = new Person(BOT.telegram(), 9101 + i);
            school.joins(pupil, join, names.get(i));
            pupil.takes(catalog(), "sm-1", wrong.get(i));
        }
        school.joins(new Person(BOT.telegram(), 9105), join, "Tú");

        browser.get(bot.url(classPath));
        WebElement work = browser.findElement(By.cssSelector("[data-work]"));
        assertThat(work.findElement(By.cssSelector(".finished")).getText()).isEqualTo("5 of 6 students finished");
        work.findElement(By.cssSelector("details.done summary")).click();
        work.findElement(By.cssSelector("details.not-done summary")).click();
        assertThat(work.findElement(By.cssSelector("details.done p")).getText()).isEqualTo("Hoa, Lan, Mai, Minh, Páo");
        assertThat(work.findElement(By.cssSelector("details.not-done p")).getText()).isEqualTo("Tú");
        assertThat(browser.findElement(By.cssSelector("table.pupils tbody")).getText()).contains("Lan Telegram")
                .contains("Tú Telegram");
        Browser.screenshots(browser, "teaching-class-work");
        browser.get(bot.url("/console/teach"));
        assertThat(browser.findElement(By.cssSelector("table.classes tbody")).getText()).isEqualTo("9A Mèo Vạc 6 1");
        Browser.screenshots(browser, "teaching-classes");

        browser.get(bot.url(workPath));
        assertThat(browser.findElement(By.id("figures")).getText()).contains("In class\n6").contains("Started\n5")
                .contains("Finished\n5").contains("Average score\n70%");
        assertThat(browser.findElement(By.cssSelector("table.students tbody")).getText())
                .contains("Lan Finished 1/1 75% (3/4)").contains("Minh Finished 1/1 50% (2/4)")
                .contains("Tú Not started 0/1 –");
        // hardest first: question 1 (1 of 5 right), 2 and 3 (4 of 5), 4 (all)
        assertThat(browser.findElements(By.cssSelector("table.questions tbody tr")).get(0).getText())
                .startsWith("Lesson 1, question 1").endsWith(" 5 20% (1/5)");
        assertThat(browser.findElements(By.cssSelector(".chart-box svg rect")))
                .extracting(bar -> bar.getAttribute("width")).containsExactly("240", "60", "60", "0");
        assertThat(browser.findElement(By.cssSelector(".chart-box svg")).getText()).contains("80% wrong")
                .contains("Lesson 1, question 1:");
        Browser.screenshots(browser, "teaching-work");

        HttpResponse<String> csv = thuHttp.get(workPath + "/csv", "Accept", "text/csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d)
                .contains("ket-qua-9a-meo-vac-" + due + ".csv"));
        List<List<String>> rows = Csv.parse(csv.body().substring(1));
        assertThat(rows).contains(List.of("Lớp", "9A Mèo Vạc"), List.of("Số học sinh", "6"), List.of("Đã xong", "5"),
                List.of("Điểm trung bình (%)", "70"), List.of("Lan", "Đã xong", "1", "1", "3", "4", "75"),
                List.of("Tú", "Chưa bắt đầu", "0", "1", "0", "0", ""));
        assertThat(rows).anyMatch(r -> r.size() == 6 && r.get(0).equals("sm-1") && r.get(1).equals("q1")
                && r.get(3).equals("5") && r.get(4).equals("1") && r.get(5).equals("20"));

        browser.get(bot.url(classPath + "/qr"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Join class 9A Mèo Vạc on Lighthouse");
        assertThat(browser.findElement(By.cssSelector(".sheet-link")).getText()).isEqualTo(link);
        String src = browser.findElement(By.cssSelector("img.big-qr")).getAttribute("src");
        assertThat(QrImages.decode(Base64.getDecoder().decode(src.substring(src.indexOf(',') + 1)))).isEqualTo(link);
        Browser.screenshots(browser, "teaching-qr");
        byte[] pdf = Base64.getDecoder().decode(((PrintsPage) browser).print(a4()).getContent());
        Files.write(Path.of("target", "screenshots", "teaching-qr-a4.pdf"), pdf);
        printed("qr");
        assertThat(Pattern.compile("/Type\\s*/Page\\b(?!s)").matcher(new String(pdf, StandardCharsets.ISO_8859_1))
                .results().count()).as("pages of the printed QR sheet").isEqualTo(1);
    }

    /**
     * Forged and wrong form fields get a clear message on the class page (here in Vietnamese, as the browser asks for
     * no language) and change nothing; a class or work that does not exist, or is another teacher's, is answered 404.
     */
    @Test
    void forgedIdsAndBadDatesAreRefusedOnThePage() {
        school.teacher(9010);
        ConsoleHttp teacher = ConsoleLogin.http(bot, ConsoleLogin.create(bot, new NewAccount("mai",
                Set.of(Role.TEACHER), "Mai", 9010L)));
        String page = teacher.follow(teacher.submit("/console/teach", "/console/teach/classes", "name", "7C"))
                .body();
        Matcher qr = Pattern.compile("(/console/teach/classes/[2-9A-Z]+)/qr").matcher(page);
        assertThat(qr.find()).isTrue();
        String classPath = qr.group(1);
        String action = classPath + "/work";
        String tooLate = LocalDate.now().plusDays(100).toString();
        for (String[] fields : List.of(new String[] {"l:sm-1", "31/12/2026", "Vui lòng chọn ngày hạn từ "},
                new String[] {"l:sm-1", tooLate, "Vui lòng chọn ngày hạn từ "},
                new String[] {"l:no-such-lesson", LocalDate.now().plusDays(3).toString(), "Không có bài này."},
                new String[] {"x", LocalDate.now().plusDays(3).toString(), "Không có bài này."})) {
            HttpResponse<String> answer = teacher.submit(classPath, action, "work", fields[0], "due", fields[1]);
            assertThat(teacher.follow(answer).body()).as(String.join(" ", fields)).contains(fields[2]);
        }
        assertThat(teacher.get(classPath).body()).contains("Chưa giao bài nào.");
        assertThat(teacher.submit("/console/teach", "/console/teach/classes", "name", " ").statusCode())
                .isEqualTo(302);
        assertThat(teacher.get("/console/teach").body()).contains("Vui lòng viết tên lớp, ví dụ 9A Mèo Vạc.");
        assertThat(teacher.submit(classPath, "/console/teach/classes/NOSUCH1234/work", "work", "l:sm-1", "due",
                LocalDate.now().plusDays(3).toString()).statusCode()).isEqualTo(404);
        assertThat(teacher.get("/console/teach/work/NOSUCH1234").statusCode()).isEqualTo(404);
        assertThat(teacher.get("/console/teach/work/NOSUCH1234/csv").statusCode()).isEqualTo(404);
    }

    /**
     * An admin without TEACHER is refused the teachers' pages, a teacher the admins' pages; a teacher's account not
     * linked to a teacher of the chat reads how to get linked.
     */
    @Test
    void onlyLinkedTeachersSeeTheirPages() {
        ConsoleHttp admin = ConsoleLogin.http(bot, ConsoleLogin.create(bot, Set.of(Role.ADMIN)));
        assertThat(admin.get("/console/teach").statusCode()).isEqualTo(403);
        ConsoleHttp teacher = ConsoleLogin.http(bot, ConsoleLogin.create(bot, Set.of(Role.TEACHER)));
        assertThat(teacher.get("/console/admin/accounts").statusCode()).isEqualTo(403);
        assertThat(teacher.get("/console").headers().firstValue("Location")).hasValueSatisfying(to ->
                assertThat(to).endsWith("/console/teach"));
        assertThat(teacher.get("/console/teach").body()).contains("Tài khoản của bạn chưa có mã Telegram.")
                .contains("/teacher");
        ConsoleHttp stranger = ConsoleLogin.http(bot, ConsoleLogin.create(bot, new NewAccount("lam",
                Set.of(Role.TEACHER), "Lâm", 9020L)));
        assertThat(stranger.get("/console/teach").body()).contains("mã Telegram 9020");
    }

    /** The page as the print style sheet shows it, at A4's proportions (210 x 297 mm at 96 dpi), to be looked at. */
    private static void printed(String name) throws IOException {
        HasCdp cdp = (HasCdp) browser;
        cdp.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        browser.manage().window().setSize(new Dimension(794, 1123));
        Files.write(Path.of("target", "screenshots", "teaching-" + name + "-print.png"),
                ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        cdp.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        browser.manage().window().setSize(new Dimension(1366, 768));
    }

    private static Catalog catalog() {
        return bot.bean(Catalog.class);
    }

    private static PrintOptions a4() {
        PrintOptions options = new PrintOptions();
        options.setPageSize(new PageSize(29.7, 21.0));
        options.setBackground(true);
        return options;
    }

    private static String path(String url) {
        return url.substring(url.indexOf("/console")).replaceAll("[?#].*", "");
    }

    private static WebDriverWait waiting() {
        return ConsoleLogin.waiting(browser);
    }
}
