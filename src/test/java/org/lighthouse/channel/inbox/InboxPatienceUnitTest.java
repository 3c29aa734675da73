package org.lighthouse.channel.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.withSettings;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lighthouse.channel.ChatRef;
import org.lighthouse.channel.Inbound;
import org.lighthouse.lease.Lease;
import org.mockito.MockMakers;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;

/** A channel that must answer in time gets a failure from a database that refuses, rather than a wait without end. */
class InboxPatienceUnitTest {

    /** With patience, events the database refuses are given up after it: the caller answers that nothing is stored. */
    @Test
    void acceptGivesUpAfterItsPatience() {
        MongoTemplate refusing = mock(MongoTemplate.class, withSettings().mockMaker(MockMakers.SUBCLASS)
                .defaultAnswer(call -> {
                    throw new DataAccessResourceFailureException("the database refuses writes");
                }));
        Inbox inbox = new Inbox(refusing, event -> { }, new InboxSettings(1, null, null, null, null, null),
                Clock.systemUTC(), mock(ApplicationEventPublisher.class), mock(Lease.class));
        Inbound event = Inbound.of(ChatRef.telegram(42), "tg:u1", "42", false, Inbound.Kind.TEXT, "hello", null, null,
                null);
        Instant start = Instant.now();
        try {
            assertThatThrownBy(() -> inbox.accept(List.of(event), Duration.ofSeconds(1)))
                    .isInstanceOf(DataAccessException.class);
            assertThat(Duration.between(start, Instant.now())).isBetween(Duration.ofMillis(400), Duration.ofSeconds(3));
        } finally {
            inbox.stop();
        }
    }
}
