package org.lighthouse.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lighthouse.testing.FakeTelegram;
import org.lighthouse.testing.FakeTelegram.Call;
import org.lighthouse.testing.Person;
import org.lighthouse.testing.RunningBot;
import org.lighthouse.testing.SafetyNet;

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
            person.waitsFor(c -> c.text().startsWith("Delete your language")
                    && c.text().contains("Check-in answers stay, since nothing links them to you"));
            person.presses("p:yes");
            person.waitsFor(c -> c.text().startsWith("Your data is deleted."));
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> DataDirectory.filesHolding(data, WORDS, PLACE).isEmpty());
            assertThat(DataDirectory.filesHolding(data, PHONE)).isEmpty();
        }
    }

    /**
     * A person talking with a responder deletes their data in the middle of the case: what they told the responder,
     * and what was alerted about them, leaves every file too.
     */
    @Test
    void noFileKeepsWhatAPersonToldTheirResponder() throws Exception {
        try (FakeTelegram telegram = new FakeTelegram(); RunningBot bot = RunningBot.start(telegram, data,
                SafetyNet.RESPONDERS, SafetyNet.RESPONDERS_CHAT, "lighthouse.database.erasure-rewrite-delay=500ms")) {
            Person person = new Person(telegram, 8302);
            person.chooses("en");
            person.writes("help me, " + WORDS + " locked me in the room in " + PLACE);
            Call alert = telegram.awaitMessage(SafetyNet.GROUP, c -> c.text().contains(WORDS));
            telegram.userPressesIn(SafetyNet.HOA, FakeTelegram.groupChat(SafetyNet.GROUP), FakeTelegram.messageId(alert),
                    alert.buttonData().get(0));
            person.waitsFor(c -> c.text().contains("is here with you"));
            person.writes(WORDS + " took my passport too");
            telegram.awaitMessage(SafetyNet.HOA, c -> c.text().endsWith(WORDS + " took my passport too"));
            assertThat(DataDirectory.filesHolding(data, WORDS, PLACE)).isNotEmpty();

            person.writes("/delete");
            person.waitsFor(c -> c.text().startsWith("Delete your language"));
            person.presses("p:yes");
            person.waitsFor(c -> c.text().startsWith("Your data is deleted."));
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> DataDirectory.filesHolding(data, WORDS, PLACE).isEmpty());
        }
    }
}
