package org.lighthouse.channel.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.lighthouse.testing.SafetyNet.GROUP;
import static org.lighthouse.testing.SafetyNet.HOA;
import static org.lighthouse.testing.SafetyNet.RESPONDERS;
import static org.lighthouse.testing.SafetyNet.RESPONDERS_CHAT;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lighthouse.conversation.Features;
import org.lighthouse.conversation.Features.SafetyStage;
import org.lighthouse.conversation.Turn;
import org.lighthouse.testing.FakeTelegram;
import org.lighthouse.testing.FakeTelegram.Call;
import org.lighthouse.testing.Person;
import org.lighthouse.testing.RunningBot;
import org.lighthouse.testing.SafetyNet;
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

    @BeforeAll
    static void start() {
        telegram = new FakeTelegram();
        bot = RunningBot.startWithExtras(telegram, data, List.of(Hiccups.class, FlakyDatabase.class), RESPONDERS,
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
}
