package org.lighthouse.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.lighthouse.testing.SafetyNet.HOA;
import static org.lighthouse.testing.SafetyNet.RESPONDERS;
import static org.lighthouse.testing.SafetyNet.RESPONDERS_CHAT;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lighthouse.channel.ChatRef;
import org.lighthouse.safety.SafetyCase.Entry;
import org.lighthouse.safety.TriageResult.Level;
import org.lighthouse.safety.escalation.CaseStore;
import org.lighthouse.testing.BotUnderTest;
import org.lighthouse.testing.FakeTelegram;
import org.lighthouse.testing.FakeTelegram.Call;
import org.lighthouse.testing.Person;
import org.lighthouse.testing.RunningBot;
import org.lighthouse.testing.SafetyNet;

/**
 * The safety net reads what a person writes in the light of their recent messages: danger that shows only across
 * messages reaches a responder with the messages that led to it, a conversation is answered once per level, a
 * conversation at CONCERN that becomes URGENT raises the same case, and the recent messages go with /delete.
 */
class ConversationSafetyIntegrationTest {

    private static final String CONCERN = "Thank you for telling me. This matters.";
    private static final List<String> KILN = List.of(
            "i arrived at the brick kiln yesterday, lots of people from my province here",
            "the owner keeps everyone's id card so nobody gets lost he says",
            "we can only call home on sundays and he listens when we call");

    @RegisterExtension
    static final BotUnderTest BOT = new BotUnderTest(RESPONDERS, RESPONDERS_CHAT);
    static FakeTelegram telegram;
    static RunningBot bot;

    @BeforeAll
    static void share() {
        telegram = BOT.telegram();
        bot = BOT.bot();
    }

    /**
     * No message says "help", yet the third makes it URGENT: the person gets the numbers, responders an alert, and
     * the case holds all three messages; once the case is closed, what the person writes next starts afresh.
     */
    @Test
    void dangerAcrossMessagesOpensACaseWithTheWholeConversation() {
        Person person = new Person(telegram, 7301);
        person.chooses("en");
        KILN.forEach(person::writes);
        String caseId = SafetyNet.alertedCase(bot, telegram, person.user());
        person.waitsFor(c -> c.text().contains("113") && c.text().contains("111"));
        SafetyCase opened = await().atMost(Duration.ofSeconds(20)).until(
                () -> bot.bean(CaseStore.class).find(caseId).orElseThrow(), c -> saidByPerson(c).size() == 3);
        assertThat(opened.level()).isEqualTo(Level.URGENT);
        assertThat(saidByPerson(opened)).containsExactlyElementsOf(KILN);

        SafetyNet.claims(telegram, HOA, caseId);
        SafetyNet.closes(telegram, HOA, caseId, "SAFE_NOW");
        person.waitsFor(c -> c.text().contains("has ended") || c.buttonData().contains("m:home"));
        person.writes("ok thank you, i will call my dad on sunday");
        person.writes("/menu");
        person.waitsFor(c -> c.text().equals("What would you like to do?"));
        assertThat(bot.bean(CaseStore.class).openFor(ChatRef.telegram(person.user()).key())).isEmpty();
    }

    private static List<String> saidByPerson(SafetyCase safetyCase) {
        return safetyCase.transcript().stream().filter(e -> e.from().equals(Entry.PERSON)).map(Entry::text).toList();
    }

    /** Grooming spread over several messages gets one gentle offer of a person, not one per worrying message. */
    @Test
    void aConversationAtConcernIsAnsweredOnce() {
        Person person = new Person(telegram, 7302);
        person.chooses("en");
        person.writes("there's a boy i met in a game chat, he keeps sending me phone credit");
        person.writes("he asked me to delete all our messages");
        person.writes("he says he will wait for me at the bus stop on sunday, i should not tell my parents");
        person.writes("/menu");
        person.waitsFor(c -> c.text().equals("What would you like to do?"));
        assertThat(telegram.messagesTo(person.user()).stream().filter(c -> c.text().startsWith(CONCERN)))
                .hasSize(1);
    }

    /** Someone who asked for a person at CONCERN and then writes what makes it URGENT raises the same case. */
    @Test
    void aConcernCaseBecomesUrgentAcrossMessages() {
        Person person = new Person(telegram, 7303);
        person.chooses("en");
        person.writes("a man i met online wants me to come to work in his city, he will pay the bus");
        person.waitsFor(c -> c.text().startsWith(CONCERN));
        person.presses("s:talk");
        String caseId = SafetyNet.alertedCase(bot, telegram, person.user());
        assertThat(bot.bean(CaseStore.class).find(caseId).orElseThrow().level()).isEqualTo(Level.CONCERN);
        KILN.forEach(person::writes);
        person.waitsFor(c -> c.text().contains("113") && c.text().contains("111"));
        assertThat(bot.bean(CaseStore.class).find(caseId).orElseThrow().level()).isEqualTo(Level.URGENT);
        assertThat(bot.bean(CaseStore.class).openFor(ChatRef.telegram(person.user()).key()).map(SafetyCase::id))
                .contains(caseId);
    }

    /** /mydata says that the last messages are kept, and for how long; /delete takes them. */
    @Test
    void recentMessagesAreListedAndDeleted() {
        Person person = new Person(telegram, 7304);
        person.chooses("en");
        person.writes("hello, what can you do?");
        person.writes("/mydata");
        person.waitsFor(c -> c.text().contains("Your last 1 messages, kept for up to 3 days"));
        person.writes("/delete");
        person.waitsFor(c -> c.text().startsWith("Delete your language"));
        person.presses("p:yes");
        person.waitsFor(c -> c.text().startsWith("Your data is deleted."));
        person.chooses("en");
        person.writes("/mydata");
        Call listed = person.waitsFor(c -> c.text().contains("never keep your phone number")
                && telegram.messagesTo(person.user()).indexOf(c) > 3);
        assertThat(listed.text()).doesNotContain("Your last");
    }
}
