package org.lighthouse.channel.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.lighthouse.testing.SafetyNet.GROUP;
import static org.lighthouse.testing.SafetyNet.HOA;
import static org.lighthouse.testing.SafetyNet.RESPONDERS;
import static org.lighthouse.testing.SafetyNet.RESPONDERS_CHAT;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.aopalliance.intercept.MethodInterceptor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lighthouse.channel.ChatRef;
import org.lighthouse.channel.Outbox;
import org.lighthouse.conversation.Features;
import org.lighthouse.conversation.Features.SafetyStage;
import org.lighthouse.conversation.Turn;
import org.lighthouse.safety.SafetyCase;
import org.lighthouse.safety.Triage;
import org.lighthouse.safety.TriageResult;
import org.lighthouse.safety.Written;
import org.lighthouse.safety.escalation.CaseStore;
import org.lighthouse.shared.Language;
import org.lighthouse.testing.FakeTelegram;
import org.lighthouse.testing.FakeTelegram.Call;
import org.lighthouse.testing.Person;
import org.lighthouse.testing.RunningBot;
import org.lighthouse.testing.SafetyNet;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;

/**
 * An event whose handling fails is tried again before the chat's later events; one that always fails reaches a
 * person.
 */
class InboxFailureIntegrationTest {

    @TempDir
    static Path data;
    static FakeTelegram telegram;
    static RunningBot bot;
    private static final long URGENT_WHEN_OUTBOX_FAILS = 6105;
    private static final long TALK_WHEN_OUTBOX_FAILS = 6106;
    private static final long RAISED_WHEN_OUTBOX_FAILS = 6107;
    private static final String URGENT_ANSWER = "I'm here with you";
    private static final String PERSON_COMING = "I have told a trained person";
    /** For each chat, the answer whose writing to the outbox fails once. */
    private static final Map<String, String> OUTBOX_FAILS = Map.of(
            ChatRef.telegram(URGENT_WHEN_OUTBOX_FAILS).key(), PERSON_COMING,
            ChatRef.telegram(TALK_WHEN_OUTBOX_FAILS).key(), PERSON_COMING,
            ChatRef.telegram(RAISED_WHEN_OUTBOX_FAILS).key(), URGENT_ANSWER);

    /** A stage before the safety net that fails like a database hiccup would: once for one text, always for another. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Hiccups {
        private final AtomicBoolean failedOnce = new AtomicBoolean();

        @Bean
        @Order(Ordered.HIGHEST_PRECEDENCE)
        SafetyStage hiccup() {
            return turn -> {
                String text = String.valueOf(turn.inbound().text());
                if (text.contains("hiccup") && failedOnce.compareAndSet(false, true)) {
                    throw new IllegalStateException("a passing failure");
                }
                if (text.contains("always broken")) {
                    throw new IllegalStateException("a failure that does not pass");
                }
                return false;
            };
        }
    }

    /** A feature whose database hiccups once: the first run fails as an unreachable database would. */
    @TestConfiguration(proxyBeanMethods = false)
    static class FlakyDatabase {
        private final AtomicBoolean failedOnce = new AtomicBoolean();

        @Bean
        Features.Command flaky() {
            return new Features.Command() {
                @Override
                public Set<String> names() {
                    return Set.of("flaky");
                }

                @Override
                public void run(Turn turn) {
                    if (failedOnce.compareAndSet(false, true)) {
                        throw new DataAccessResourceFailureException("the database did not answer");
                    }
                    turn.say("help.text");
                }
            };
        }
    }

    /**
     * An outbox whose database fails once, for some chats, when a given answer is written (the promise of a person, the
     * numbers to call): the case has opened or been raised already, so the event is handled again with that done.
     */
    @TestConfiguration(proxyBeanMethods = false)
    static class OutboxFailsAfterTheCaseOpened {

        @Bean
        static BeanPostProcessor failingOnce() {
            Set<String> failedOnce = ConcurrentHashMap.newKeySet();
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    if (!(bean instanceof Outbox)) {
                        return bean;
                    }
                    ProxyFactory proxy = new ProxyFactory(bean);
                    proxy.setProxyTargetClass(true);
                    proxy.addAdvice((MethodInterceptor) call -> {
                        Object[] args = call.getArguments();
                        if (call.getMethod().getName().equals("send") && OUTBOX_FAILS.containsKey(chatOf(args[1]))
                                && String.valueOf(args[2]).contains(OUTBOX_FAILS.get(chatOf(args[1])))
                                && failedOnce.add(chatOf(args[1]))) {
                            throw new DataAccessResourceFailureException("the database did not answer");
                        }
                        return call.proceed();
                    });
                    return proxy.getProxy();
                }
            };
        }
    }

    @BeforeAll
    static void start() {
        telegram = new FakeTelegram();
        bot = RunningBot.startWithExtras(telegram, data, List.of(Hiccups.class, FlakyDatabase.class,
                OutboxFailsAfterTheCaseOpened.class), RESPONDERS,
                RESPONDERS_CHAT,
                "lighthouse.inbox.max-attempts=3");
    }

    @AfterAll
    static void stop() throws Exception {
        bot.close();
        telegram.close();
    }

    /** Failed once, then handled, and answered before the chat's next message (which was not skipped). */
    @Test
    void failedEventIsRetriedInPlaceAndInOrder() {
        long user = 6101;
        Person person = new Person(telegram, user);
        person.chooses("en");
        telegram.userSends(user, "/help hiccup");
        telegram.userSends(user, "/language");
        List<Call> answers = telegram.awaitMessages(user, 7);
        assertThat(answers.get(4).text()).startsWith("Lighthouse helps you");
        assertThat(answers.get(6).buttonData()).contains("lang:vi");
    }

    /** A feature that meets a database failure gets the event again, and the person the answer, not an apology. */
    @Test
    void databaseFailureInAFeatureIsTriedAgain() {
        Person person = new Person(telegram, 6104);
        person.chooses("en");
        person.writes("/flaky");
        person.waitsFor(c -> c.text().startsWith("Lighthouse helps you"));
        assertThat(telegram.messagesTo(6104)).noneMatch(c -> c.text().startsWith("Sorry, something went wrong"));
    }

    /**
     * A message the bot can never handle still reaches a person: responders get it as a case of its own, the writer
     * gets the numbers to call, health says so, and the chat goes on.
     */
    @Test
    void eventThatAlwaysFailsReachesAResponder() {
        long user = 6102;
        Person person = new Person(telegram, user);
        person.chooses("vi");
        person.writes("always broken: em không biết phải làm sao");
        person.waitsFor(c -> c.text().startsWith("Xin lỗi, mình vừa gặp trục trặc")
                && c.text().contains("111"));
        Call alert = telegram.awaitMessage(GROUP, c -> c.text().contains("«always broken"));
        assertThat(alert.text()).contains("bot không xử lý được tin nhắn này");
        await().atMost(Duration.ofSeconds(10)).until(() -> bot.health().at("/components/inbox/status").asText()
                .equals("DEGRADED"));
        assertThat(bot.health().at("/components/inbox/details/unhandled").asInt()).isPositive();
        person.writes("/help");
        person.waitsFor(c -> c.text().startsWith("Lighthouse giúp bạn"));
    }

    /** In a conversation with a responder, a message the bot cannot handle still reaches that responder's case. */
    @Test
    void eventThatAlwaysFailsInACaseReachesItsResponder() {
        long user = 6103;
        Person person = new Person(telegram, user);
        person.chooses("vi");
        String caseId = SafetyNet.caseOpenedBy(bot, telegram, person, "SOS");
        SafetyNet.claims(telegram, HOA, caseId);
        person.waitsFor(c -> c.text().contains("Hoa đang ở đây với bạn"));
        person.writes("always broken: họ đang tới");
        telegram.awaitMessage(HOA, c -> c.text().equals("💬 " + caseId + ": always broken: họ đang tới"));
        // no case of its own: an alert would quote it (counting the group's messages would also count late alerts of
        // the other tests' cases)
        assertThat(telegram.messagesTo(GROUP)).noneMatch(c -> c.text().contains("họ đang tới"));
    }

    /**
     * Danger whose answer could not be written after its case opened: handled again, it gets the same answer once,
     * not the replies of a conversation with the case's responder, and the responders one alert.
     */
    @Test
    void urgentMessageHandledAgainAfterItsCaseOpenedIsAnsweredAsTheFirstTime() {
        Person person = new Person(telegram, URGENT_WHEN_OUTBOX_FAILS);
        person.chooses("en");
        String caseId = SafetyNet.caseOpenedBy(bot, telegram, person,
                "my boss took my passport and won't let me leave the factory");
        person.waitsFor(c -> c.text().startsWith(PERSON_COMING));
        answersOneMoreMessage(person);
        assertThat(told(URGENT_WHEN_OUTBOX_FAILS, URGENT_ANSWER)).isEqualTo(1);
        assertThat(told(URGENT_WHEN_OUTBOX_FAILS, PERSON_COMING)).isEqualTo(1);
        assertThat(telegram.messagesTo(GROUP)).filteredOn(c -> c.buttonData().contains("s:claim:" + caseId))
                .hasSize(1);
        assertThat(bot.bean(CaseStore.class).find(caseId).orElseThrow().transcript())
                .extracting(SafetyCase.Entry::text).doesNotHaveDuplicates();
    }

    /**
     * "Talk to a person" handled again after its case opened: the person hears once that a person is coming, not
     * that they are back in a conversation, and the responders get one alert and no "came back".
     */
    @Test
    void talkToAPersonHandledAgainAfterItsCaseOpenedPromisesAPersonOnce() {
        Person person = new Person(telegram, TALK_WHEN_OUTBOX_FAILS);
        person.chooses("en");
        person.presses("m:talk");
        String caseId = SafetyNet.alertedCase(bot, telegram, TALK_WHEN_OUTBOX_FAILS);
        person.waitsFor(c -> c.text().startsWith(PERSON_COMING));
        answersOneMoreMessage(person);
        assertThat(told(TALK_WHEN_OUTBOX_FAILS, PERSON_COMING)).isEqualTo(1);
        assertThat(told(TALK_WHEN_OUTBOX_FAILS, "You are back in the conversation")).isZero();
        assertThat(bot.bean(CaseStore.class).find(caseId).orElseThrow().transcript())
                .extracting(SafetyCase.Entry::text).doesNotHaveDuplicates();
    }

    /**
     * A conversation with a case at CONCERN that becomes URGENT only across messages, whose answer could not be
     * written after the case was raised: handled again, the message gets the numbers to call once, and the case's
     * transcript keeps the message and its answer once.
     */
    @Test
    void messageThatRaisedItsCaseHandledAgainGetsTheNumbers() {
        List<String> messages = List.of("I arrived at the brick kiln yesterday", "the gate is closed at night",
                "we may only call home on Sundays and he listens");
        Triage triage = bot.bean(Triage.class);
        assertThat(messages).as("no message alone is danger").allMatch(m -> triage.assess(m, Language.EN).level()
                != TriageResult.Level.URGENT);
        assertThat(triage.assess(messages.stream().map(m -> new Written(m, Instant.now())).toList(), Language.EN)
                .level()).as("together they are (else choose other words)").isEqualTo(TriageResult.Level.URGENT);
        Person person = new Person(telegram, RAISED_WHEN_OUTBOX_FAILS);
        person.chooses("en");
        person.presses("m:talk");
        String caseId = SafetyNet.alertedCase(bot, telegram, RAISED_WHEN_OUTBOX_FAILS);
        messages.forEach(person::writes);
        person.waitsFor(c -> c.text().startsWith(URGENT_ANSWER));
        answersOneMoreMessage(person);
        assertThat(told(RAISED_WHEN_OUTBOX_FAILS, URGENT_ANSWER)).isEqualTo(1);
        SafetyCase raised = bot.bean(CaseStore.class).find(caseId).orElseThrow();
        assertThat(raised.level()).isEqualTo(TriageResult.Level.URGENT);
        assertThat(raised.transcript()).as("the responder reads the message and its answer once")
                .extracting(SafetyCase.Entry::text).doesNotHaveDuplicates().contains(messages.get(2));
    }

    /** The person writes once more and is answered: an answer sent again by the event handled again came before. */
    private static void answersOneMoreMessage(Person person) {
        person.writes("/help");
        person.waitsFor(c -> c.text().startsWith("Lighthouse helps you"));
    }

    /** How many messages to the chat begin with these words. */
    private static long told(long chat, String start) {
        return telegram.messagesTo(chat).stream().filter(c -> c.text().startsWith(start)).count();
    }

    /** The chat an outbox key is for: {@code tg:6105} of {@code tg:6105#u12}. */
    private static String chatOf(Object key) {
        return String.valueOf(key).split("#")[0];
    }
}
