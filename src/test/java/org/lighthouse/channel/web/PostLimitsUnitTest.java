package org.lighthouse.channel.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lighthouse.shared.ClientAddresses;

/** The web chat's limits: posts per chat, and posts and new chats per client address, judged on a clock of our own. */
class PostLimitsUnitTest {

    private static final String SCHOOL = "203.0.113.10";
    private static final String OTHER = "198.51.100.20";

    private Instant now = Instant.parse("2026-11-23T08:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    /** The defaults: 60 posts a minute per chat, 300 a minute and 40 new chats per 10 minutes per address. */
    private final PostLimits limits = new PostLimits(clock, new WebChatSettings(null, null, null, null, null, null,
            null));

    /** The 61st post of a chat within a minute is refused; a second later one more goes; other chats post on. */
    @Test
    void chatThatPostsFasterThanAPersonIsHeldBack() {
        String chat = chat();
        for (int i = 0; i < 60; i++) {
            assertThat(limits.admit(SCHOOL, chat)).isEmpty();
        }
        assertThat(limits.admit(SCHOOL, chat)).hasValueSatisfying(refusal -> {
            assertThat(refusal.reason()).contains("this chat");
            assertThat(refusal.retryAfter()).isEqualTo(Duration.ofSeconds(1));
        });
        assertThat(limits.admit(SCHOOL, chat())).isEmpty();
        now = now.plusSeconds(1);
        assertThat(limits.admit(SCHOOL, chat)).isEmpty();
    }

    /**
     * Opening chats costs nothing, so an address may open 40 per 10 minutes: the 41st waits 15 seconds for the next
     * one. Its chats already open still post, and another address opens chats as before.
     */
    @Test
    void newChatsPerAddressAreLimited() {
        String first = chat();
        assertThat(limits.admit(SCHOOL, first)).isEmpty();
        for (int i = 1; i < 40; i++) {
            assertThat(limits.admit(SCHOOL, chat())).isEmpty();
        }
        String refused = chat();
        assertThat(limits.admit(SCHOOL, refused)).hasValueSatisfying(refusal -> {
            assertThat(refusal.reason()).contains("new chats");
            assertThat(refusal.retryAfter()).isEqualTo(Duration.ofSeconds(15));
        });
        assertThat(limits.admit(SCHOOL, refused)).isPresent();
        assertThat(limits.admit(SCHOOL, first)).isEmpty();
        assertThat(limits.admit(OTHER, chat())).isEmpty();

        now = now.plusSeconds(15);
        assertThat(limits.admit(SCHOOL, refused)).isEmpty();
        assertThat(limits.admit(SCHOOL, chat())).isPresent();
    }

    /** A class of 30 pupils writing 9 messages a minute each stays within its address's 300; a script beyond waits. */
    @Test
    void postsPerAddressAreLimited() {
        for (int pupil = 0; pupil < 30; pupil++) {
            String chat = chat();
            for (int i = 0; i < 9; i++) {
                assertThat(limits.admit(SCHOOL, chat)).isEmpty();
            }
        }
        String script = chat();
        for (int i = 0; i < 30; i++) {
            assertThat(limits.admit(SCHOOL, script)).isEmpty();
        }
        Optional<PostLimits.Refusal> refusal = limits.admit(SCHOOL, script);
        assertThat(refusal).hasValueSatisfying(r -> assertThat(r.reason()).contains("this address"));
        assertThat(limits.admit(OTHER, chat())).isEmpty();
    }

    /** A home or phone holds a whole IPv6 /64, so the block counts as one address; names are never looked up. */
    @Test
    void ipv6AddressesCountByTheirBlock() {
        assertThat(ClientAddresses.key("2001:db8:1:2::5")).isEqualTo(ClientAddresses.key("2001:db8:1:2:ffff:eeee:dddd:1"))
                .isEqualTo("20010db800010002::/64");
        assertThat(ClientAddresses.key("2001:db8:1:3::1")).isNotEqualTo(ClientAddresses.key("2001:db8:1:2::1"));
        assertThat(ClientAddresses.key("::ffff:203.0.113.7")).isEqualTo("203.0.113.7");
        assertThat(ClientAddresses.key("203.0.113.7")).isEqualTo("203.0.113.7");
        assertThat(ClientAddresses.key("lighthouse.example:80")).isEqualTo("lighthouse.example:80");
        assertThat(ClientAddresses.key("fe80::1%eth0")).isEqualTo("fe80::1%eth0");
    }

    /** However many addresses appear, no more than a bounded number of them are remembered. */
    @Test
    void memoryStaysBoundedWhateverTheAddresses() {
        String chat = chat();
        for (int i = 0; i < 3 * PostLimits.HELD; i++) {
            limits.admit("10." + (i >> 16) + "." + (i >> 8 & 255) + "." + (i & 255), chat);
        }
        assertThat(limits.addressesHeld()).isLessThanOrEqualTo(PostLimits.HELD);
    }

    private static String chat() {
        return UUID.randomUUID().toString();
    }
}
