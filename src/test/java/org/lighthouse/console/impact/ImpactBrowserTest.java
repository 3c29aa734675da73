package org.lighthouse.console.impact;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.lighthouse.console.Role;
import org.lighthouse.impact.CheckinAnswer;
import org.lighthouse.impact.CheckinAnswers;
import org.lighthouse.impact.Phase;
import org.lighthouse.shared.Language;
import org.lighthouse.testing.BotUnderTest;
import org.lighthouse.testing.Browser;
import org.lighthouse.testing.ConsoleHttp;
import org.lighthouse.testing.ConsoleLogin;
import org.lighthouse.testing.ConsoleLogin.Staff;
import org.lighthouse.testing.RunningBot;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * A programme manager reads the impact page after a cohort took the check-in: 40 people before, 25 of them again
 * after. The figures shown are those of the answers given, small groups are hidden, every table downloads as CSV,
 * and a teacher cannot open the page.
 */
class ImpactBrowserTest {

    @RegisterExtension
    static final BotUnderTest BOT = new BotUnderTest();
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
    void theCheckinBeforeAndAfterAsAManagerReadsIt() throws IOException {
        cohort();
        ConsoleLogin.logIn(browser, bot, admin);
        browser.get(bot.url("/console/admin/impact"));
        WebElement checkin = browser.findElement(By.id("checkin"));
        assertThat(cells(checkin, "c1")).containsExactly("40", "25% (14–40%)", "25", "72% (52–86%)",
                "47 (22 … 64)", "25", "40% (23–59%)", "72% (52–86%)", "32 (6 … 53)");
        assertThat(cells(checkin, "c2")).containsExactly("fewer than 5", "fewer than 5", "fewer than 5",
                "fewer than 5", "fewer than 5", "fewer than 5", "fewer than 5", "fewer than 5", "fewer than 5");
        assertThat(browser.findElement(By.cssSelector("main")).getText()).contains(
                "A figure that counts fewer than 5 people is not shown");
        assertThat(checkin.findElements(By.cssSelector("svg rect"))).hasSize(2);
        Browser.screenshots(browser, "console-impact");

        ConsoleHttp http = ConsoleLogin.http(bot, admin);
        HttpResponse<String> csv = http.get("/console/admin/impact/checkin.csv");
        assertThat(csv.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                value -> assertThat(value).contains("lighthouse-checkin.csv"));
        assertThat(csv.body().lines()).contains("c1,40,25% (14–40%),25,72% (52–86%),47 (22 … 64),25,40% (23–59%),"
                + "72% (52–86%),32 (6 … 53)", "c2,<5,<5,<5,<5,<5,<5,<5,<5,<5");
        assertThat(http.get("/console/admin/impact/nothing.csv").statusCode()).isEqualTo(404);
        assertThat(http.get("/console/admin/impact?channel=zalo", "Accept-Language", "en").body())
                .contains("Nobody has answered");
        assertThat(http.get("/console/admin/impact?from=2020-01-01&to=2020-12-31", "Accept-Language", "en").body())
                .contains("Nobody has answered").doesNotContain("not understood");
        assertThat(http.get("/console/admin/impact/checkin.csv?from=2026-11-30&to=2026-12-06").body())
                .contains("c1,40,");
        assertThat(http.get("/console/admin/impact?from=2026-13-45", "Accept-Language", "en").body())
                .contains("Those dates were not understood").contains("47 (22 … 64)");
    }

    @Test
    void aTeacherCannotOpenTheImpactPage() {
        Staff teacher = ConsoleLogin.create(bot, Set.of(Role.TEACHER));
        ConsoleHttp http = ConsoleLogin.http(bot, teacher);
        assertThat(http.get("/console/admin/impact").statusCode()).isEqualTo(403);
        assertThat(http.get("/console/admin/impact/checkin.csv").statusCode()).isEqualTo(403);
    }

    /**
     * Question c1: 40 people before, 10 of them right; 25 of them after, 18 right. Of those 25, 10 were right
     * before; 2 of these were wrong after, and 10 of the 15 wrong before were right after. Question c2: 4 people.
     */
    private static void cohort() {
        List<CheckinAnswer> answers = new ArrayList<>();
        for (int person = 0; person < 40; person++) {
            String pair = "p" + person;
            answers.add(answer("c1", Phase.BEFORE, person < 10, pair));
            if (person < 25) {
                boolean after = person < 10 ? person >= 2 : person < 20;
                answers.add(answer("c1", Phase.AFTER, after, pair));
            }
            if (person < 4) {
                answers.add(answer("c2", Phase.BEFORE, true, pair));
            }
        }
        bot.bean(CheckinAnswers.class).add(answers);
    }

    private static CheckinAnswer answer(String question, Phase phase, boolean right, String pair) {
        return new CheckinAnswer(null, question, phase, right, pair, Language.EN, "telegram", null, "2026-W49");
    }

    private static List<String> cells(WebElement table, String row) {
        return table.findElements(By.cssSelector("tbody tr")).stream()
                .filter(tr -> tr.findElement(By.cssSelector("th")).getText().equals(row)).findFirst().orElseThrow()
                .findElements(By.cssSelector("td")).stream().map(WebElement::getText).toList();
    }
}
