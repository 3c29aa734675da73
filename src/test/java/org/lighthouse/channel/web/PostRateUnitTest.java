package org.lighthouse.channel.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** A web chat that posts faster than a person types is held back for a minute; other chats are not. */
class PostRateUnitTest {

    private Instant now = Instant.parse("2026-11-23T08:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    /** The fourth post in a minute is refused when three are allowed; a minute later it goes again. */
    @Test
    void floodIsHeldBackForAMinute() {
        PostRate rate = new PostRate(clock, new WebChatSettings(true, 200, Duration.ofDays(30), 3));
        assertThat(rate.allow("a")).isTrue();
        assertThat(rate.allow("a")).isTrue();
        assertThat(rate.allow("a")).isTrue();
        assertThat(rate.allow("a")).isFalse();
        assertThat(rate.allow("b")).isTrue();
        now = now.plus(Duration.ofSeconds(61));
        assertThat(rate.allow("a")).isTrue();
    }
}
