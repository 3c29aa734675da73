package org.lighthouse.channel.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.lighthouse.channel.telegram.PollingIntegrationTest.URGENT;
import static org.lighthouse.channel.telegram.PollingIntegrationTest.URGENT_REPLY;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lighthouse.testing.BotApiSpec;
import org.lighthouse.testing.BotUnderTest;
import org.lighthouse.testing.FakeTelegram;
import org.lighthouse.testing.Person;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/** Updates of every kind the Bot API describes, with random values and fields left out, stop nothing. */
class FuzzedUpdatesIntegrationTest {

    private static final long SEED = 20_261_206L;
    private static final int PER_TYPE = 40;
    /** The chance of each optional field at the top of an update (smaller deeper down). */
    private static final double OPTIONAL = 0.3;

    @RegisterExtension
    static final BotUnderTest BOT = new BotUnderTest();

    /**
     * 40 random updates of each of the Bot API's update kinds (1,000 in all, from a fixed seed), then an urgent
     * message: it is answered within seconds, a person who talked to the bot before gets their menu, every update is
     * confirmed, and the bot sent Telegram nothing it would refuse.
     */
    @Test
    void randomUpdatesOfEveryKindStopNothing() {
        FakeTelegram telegram = BOT.telegram();
        Person regular = BOT.person(7101);
        regular.chooses("vi");
        BotApiSpec spec = new BotApiSpec();
        Random random = new Random(SEED);
        List<String> types = spec.updateTypes();
        for (int i = 0; i < PER_TYPE; i++) {
            for (String type : types) {
                telegram.push(type, spec.randomObject(spec.updateFieldType(type), random, OPTIONAL));
            }
        }
        Instant sent = Instant.now();
        Person urgent = BOT.person(7102);
        urgent.writes(URGENT);

        urgent.waitsFor(c -> c.text().startsWith(URGENT_REPLY));
        Duration answered = Duration.between(sent, Instant.now());
        regular.writes("/menu");
        regular.waitsFor(c -> c.text().equals("Bạn muốn làm gì?"));
        await().atMost(Duration.ofSeconds(10)).until(() -> telegram.unconfirmed() == 0);
        long unread = BOT.bot().bean(MongoTemplate.class).count(new Query(), "telegram_unread");
        System.out.printf("fuzz: %d updates of %d kinds, urgent answered after %d ms, %d unreadable%n",
                PER_TYPE * types.size(), types.size(), answered.toMillis(), unread);
        assertThat(types).hasSizeGreaterThanOrEqualTo(25);
        assertThat(answered).isLessThan(Duration.ofSeconds(15));
        assertThat(unread).isPositive();
        assertThat(telegram.refused()).isEmpty();
    }
}
