package org.lighthouse.console.impact;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.lighthouse.console.Role;
import org.lighthouse.impact.CheckinQuestions;
import org.lighthouse.shared.Language;
import org.lighthouse.testing.BotUnderTest;
import org.lighthouse.testing.Browser;
import org.lighthouse.testing.ConsoleHttp;
import org.lighthouse.testing.ConsoleLogin;
import org.lighthouse.testing.ConsoleLogin.Staff;
import org.lighthouse.testing.Person;
import org.lighthouse.testing.RunningBot;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * A programme manager reads the impact page after a cohort took the check-in: 40 people before, 25 of them again
 * after. The figures shown are those of the answers given, small groups are hidden, every table downloads as CSV,
 * and a teacher cannot open the page.
 */
class ImpactBrowserTest {

    private static final int COHORT = 40;
    private static final int AGAIN = 25;
    /** People who answer one question only, in H'mong: too few to be shown apart, or to be subtracted. */
    private static final int FEW_IN_HMONG = 3;
    private static final long FIRST_USER = 8000;
    private static final Map<String, Integer> RIGHT_OPTIONS = rightOptions();

    private static final long RESPONDER = 8999;

    @RegisterExtension
    static final BotUnderTest BOT = new BotUnderTest("lighthouse.safety.responders=" + RESPONDER + ":Hoa");
    @TempDir
    static Path profile;
    static RunningBot bot;
    static WebDriver browser;
    static Staff admin;

    @BeforeAll
    static void start() {
        bot = BOT.bot();
        admin = ConsoleLogin.create(bot, Set.of(Role.ADMIN));
        browser = Browser.start(profile);
    }

    @AfterAll
    static void stop() {
        browser.quit();
    }

    @Test
    void theCheckinBeforeAndAfterAsAManagerReadsIt() throws Exception {
        cohort();
        BOT.person(RESPONDER).choosesAsStaff("en");
        ConsoleLogin.logIn(browser, bot, admin);
        browser.get(bot.url("/console/admin/impact"));
        WebElement checkin = browser.findElement(By.id("checkin"));
        assertThat(cells(checkin, prompt("hotline"))).containsExactly("40", "25% (14–40%)", "25", "72% (52–86%)",
                "47 (22 … 64)", "25", "40% (23–59%)", "72% (52–86%)", "32 (6 … 53)");
        assertThat(cells(checkin, prompt("trip"))).containsExactly("fewer than 5", "fewer than 5", "fewer than 5",
                "fewer than 5", "fewer than 5", "fewer than 5", "fewer than 5", "fewer than 5", "fewer than 5");
        assertThat(browser.findElement(By.cssSelector("main")).getText()).contains(
                "A figure that counts fewer than 5 people is not shown");
        // the responder is staff: not reached by the programme, nor asked the check-in
        assertThat(cells(browser.findElement(By.id("reach")), "Whole period")).containsExactly("43", "fewer than 5",
                "fewer than 5", "fewer than 5", "43");
        assertThat(BOT.telegram().messagesTo(RESPONDER)).noneMatch(call -> call.buttonData().contains("ci:go:BEFORE"));
        assertThat(checkin.findElements(By.cssSelector("svg rect"))).hasSize(2 * 6 - 2);
        Browser.screenshots(browser, "console-impact");

        ConsoleHttp http = ConsoleLogin.http(bot, admin);
        HttpResponse<String> csv = http.get("/console/admin/impact/checkin.csv");
        assertThat(csv.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                value -> assertThat(value).contains("lighthouse-checkin.csv"));
        assertThat(csv.body()).contains(",40,25% (14–40%),25,72% (52–86%),47 (22 … 64),25,40% (23–59%),"
                + "72% (52–86%),32 (6 … 53)\r\n", ",<5,<5,<5,<5,<5,<5,<5,<5,<5\r\n");
        assertThat(http.get("/console/admin/impact/nothing.csv").statusCode()).isEqualTo(404);
        assertThat(http.get("/console/admin/impact?channel=zalo", "Accept-Language", "en").body())
                .contains("Nobody has answered");
        // English alone: "known" minus its 43 answers in all languages would give the 3 H'mong answers away
        String english = http.get("/console/admin/impact/checkin.csv?language=en").body();
        assertThat(english).contains(",40,25% (14–40%),25,72% (52–86%)");
        assertThat(english.lines().filter(line -> line.endsWith(",<5,<5,<5,<5,<5,<5,<5,<5,<5"))).hasSize(2);
        assertThat(http.get("/console/admin/impact/checkin.csv").body()).contains(",43,");
        assertThat(http.get("/console/admin/impact?from=2020-01-01&to=2020-12-31", "Accept-Language", "en").body())
                .contains("Nobody has answered").doesNotContain("not understood");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        assertThat(http.get("/console/admin/impact/checkin.csv?from=" + today.minusDays(7) + "&to=" + today.plusDays(7))
                .body()).contains(",40,25% (14–40%)");
        assertThat(http.get("/console/admin/impact?from=2026-13-45", "Accept-Language", "en").body())
                .contains("Those dates were not understood").contains("47 (22 … 64)");
        assertThat(http.get("/console/admin/impact?from=-999999999-01-01&to=%2B999999999-12-31", "Accept-Language",
                "en").body()).contains("Those dates were not understood");
        assertThat(http.get("/console/admin/impact/checkin.csv?from=2026-12-01&to=2026-01-01").statusCode())
                .isEqualTo(400);
    }

    @Test
    void aTeacherCannotOpenTheImpactPage() {
        Staff teacher = ConsoleLogin.create(bot, Set.of(Role.TEACHER));
        ConsoleHttp http = ConsoleLogin.http(bot, teacher);
        assertThat(http.get("/console/admin/impact").statusCode()).isEqualTo(403);
        assertThat(http.get("/console/admin/impact/checkin.csv").statusCode()).isEqualTo(403);
    }

    /**
     * 40 people take the check-in in English on Telegram, 8 at a time; 25 of them take it again a month later. On
     * "hotline", 10 of the 40 are right before, and 18 of the 25 after: of those 25, the 10 right before keep it but
     * for 2, and 10 of the 15 wrong before are right after. On "trip" only 4 answer, the rest skip it. Three more
     * answer in H'mong, "known" alone.
     */
    private static void cohort() throws Exception {
        ExecutorService people = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < COHORT + FEW_IN_HMONG; i++) {
                int person = i;
                done.add(people.submit(() -> takesTheCheckin(person)));
            }
            for (Future<?> each : done) {
                each.get();
            }
        } finally {
            people.shutdown();
        }
    }

    private static void takesTheCheckin(int i) {
        Person person = BOT.person(FIRST_USER + i);
        if (i >= COHORT) {
            person.chooses("hmn");
            answers(person, "BEFORE", question -> question.equals("known") ? Optional.of(true) : Optional.empty());
            return;
        }
        person.chooses("en");
        answers(person, "BEFORE", question -> switch (question) {
            case "hotline" -> Optional.of(i < 10);
            case "trip" -> i < 4 ? Optional.of(true) : Optional.empty();
            default -> Optional.of(i % 2 == 0);
        });
        if (i < AGAIN) {
            bot.bean(MongoTemplate.class).updateFirst(Query.query(Criteria.where("_id").is("tg:" + person.user())),
                    Update.update("before.offered", Instant.now().minus(Duration.ofDays(31))), "checkins");
            person.writes("/menu");
            person.waitsFor(call -> call.buttonData().contains("ci:go:AFTER"));
            answers(person, "AFTER", question -> switch (question) {
                case "hotline" -> Optional.of(i < 10 ? i >= 2 : i < 20);
                case "trip" -> Optional.empty();
                default -> Optional.of(true);
            });
        }
    }

    /** Starts the offered check-in and gives each question the right answer, a wrong one, or none (skips it). */
    private static void answers(Person person, String phase, Function<String, Optional<Boolean>> right) {
        person.presses("ci:go:" + phase);
        List<String> ids = bot.bean(CheckinQuestions.class).ids();
        for (int q = 0; q < ids.size(); q++) {
            String question = phase + ":" + q;
            person.waitsFor(call -> call.buttonData().contains("ci:s:" + question));
            int correct = RIGHT_OPTIONS.get(ids.get(q));
            person.presses(right.apply(ids.get(q)).map(yes -> "ci:a:" + question + ":" + (yes ? correct
                    : correct == 0 ? 1 : 0)).orElse("ci:s:" + question));
        }
        person.waitsFor(call -> call.buttonData().contains("m:learn"));
    }

    /** The position of each question's right option, read from the content file as a content writer sees it. */
    private static Map<String, Integer> rightOptions() {
        JsonNode file = new YAMLMapper().readTree(Path.of("content/checkin/questions.yml").toFile());
        Map<String, Integer> right = new HashMap<>();
        file.get("questions").forEach(question -> {
            JsonNode options = question.get("options");
            for (int o = 0; o < options.size(); o++) {
                if (options.get(o).path("right").asBoolean()) {
                    right.put(question.get("id").asString(), o);
                }
            }
        });
        return right;
    }

    private static String prompt(String question) {
        return bot.bean(CheckinQuestions.class).prompt(question, Language.EN);
    }

    private static List<String> cells(WebElement table, String row) {
        return table.findElements(By.cssSelector("tbody tr")).stream()
                .filter(tr -> tr.findElement(By.cssSelector("th")).getText().equals(row)).findFirst().orElseThrow()
                .findElements(By.cssSelector("td")).stream().map(WebElement::getText).toList();
    }
}
