package org.lighthouse.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lighthouse.testing.FakeTelegram;
import org.lighthouse.testing.Person;
import org.lighthouse.testing.RunningBot;

/** Deleted means deleted on disk: soon after a confirmed /delete, no file in the data directory holds their words. */
class ErasureJourneyIntegrationTest {

    private static final String WORDS = "Zephyrine";
    private static final String PLACE = "Quỳnh Nhai";
    private static final String[] PHONE = {"0912 345 678", "0912345678", "912345678"};

    @TempDir
    Path data;

    /**
     * A person writes words of their own and a phone number, takes a lesson, checks an offer, then deletes their data:
     * within the (here shortened) delay, the words are in no file, not even in lower case, and the phone never was.
     */
    @Test
    void noFileKeepsAPersonsWordsAfterTheyDeleteTheirData() throws Exception {
        try (FakeTelegram telegram = new FakeTelegram();
                RunningBot bot = RunningBot.start(telegram, data, "lighthouse.database.erasure-rewrite-delay=500ms")) {
            Person person = new Person(telegram, 8301);
            person.chooses("en");
            person.writes("My cat " + WORDS + " sews quilts in " + PLACE + ", my number is " + PHONE[0]);
            person.waitsFor(c -> true);
            person.presses("l:o:sm-1");
            person.waitsFor(c -> c.text().contains("(1/"));
            person.presses("m:offer");
            person.waitsFor(c -> c.text().startsWith("🔎 Paste or forward the offer here"));
            person.writes(WORDS + " Agency hires girls for restaurant work in China, salary 25 million a month, no"
                    + " passport needed, you leave this week");
            person.waitsFor(c -> c.text().startsWith("🔴") || c.text().startsWith("🟠"));
            assertThat(DataDirectory.filesHolding(data, WORDS, PLACE)).isNotEmpty();

            person.writes("/delete");
            person.waitsFor(c -> c.text().startsWith("Delete your language"));
            person.presses("p:yes");
            person.waitsFor(c -> c.text().startsWith("Your data is deleted."));
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> DataDirectory.filesHolding(data, WORDS, PLACE).isEmpty());
            assertThat(DataDirectory.filesHolding(data, PHONE)).isEmpty();
        }
    }
}
