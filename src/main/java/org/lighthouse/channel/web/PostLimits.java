package org.lighthouse.channel.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.lighthouse.shared.ClientAddresses;
import org.springframework.stereotype.Component;

/**
 * Keeps the anonymous web chat from flooding the bot. Three token buckets (Bucket4j) judge each post: its chat's
 * posts, its client address's posts, and its address's new chats, counted when a chat posts for the first time
 * (opening a chat costs nothing, so a limit per chat alone is bypassed by new chats). The buckets refill steadily, so
 * an address over its limit waits seconds for the next post, not the whole window.
 *
 * <p>The buckets live in caches of bounded size whatever the number of addresses and chats (the least used go first),
 * and an idle bucket is dropped once it would have refilled anyway. A dropped bucket starts full again, and a chat
 * forgotten after {@link #CHAT_MEMORY} counts as new once more: both only err towards letting people write.
 */
@Component
@WebChatEnabled
class PostLimits {

    /** Buckets held at most per kind: a few MB each, far more than a pilot's chats of an hour. */
    static final int HELD = 20_000;
    /** How long a quiet chat stays known: a pupil who reads a lesson and writes again opens no new chat. */
    static final Duration CHAT_MEMORY = Duration.ofHours(1);

    private final TimeMeter time;
    private final Bandwidth chatPosts;
    private final Bandwidth addressPosts;
    private final Bandwidth addressNewChats;
    private final Cache<String, Bucket> chats;
    private final Cache<String, Address> addresses;

    /** A post refused: why, and when the page may try again. */
    record Refusal(String reason, Duration retryAfter) {
    }

    private record Address(Bucket posts, Bucket newChats) {
    }

    PostLimits(Clock clock, WebChatSettings settings) {
        this.time = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                return clock.millis() * 1_000_000;
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
        Duration minute = Duration.ofMinutes(1);
        chatPosts = perWindow(settings.postsPerMinute(), minute);
        addressPosts = perWindow(settings.addressPostsPerMinute(), minute);
        addressNewChats = perWindow(settings.addressNewChats(), settings.addressNewChatsWindow());
        chats = cache(CHAT_MEMORY);
        addresses = cache(settings.addressNewChatsWindow().compareTo(minute) > 0 ? settings.addressNewChatsWindow()
                : minute);
    }

    /** Counts a post of {@code session} from {@code clientAddress}; a refusal when one of its limits is reached. */
    Optional<Refusal> admit(String clientAddress, String session) {
        Address address = addresses.get(ClientAddresses.key(clientAddress), a -> new Address(bucket(addressPosts),
                bucket(addressNewChats)));
        Bucket chat = chats.getIfPresent(session);
        if (chat == null) {
            ConsumptionProbe opened = address.newChats().tryConsumeAndReturnRemaining(1);
            if (!opened.isConsumed()) {
                return refused("too many new chats from this address; try again later", opened);
            }
            chat = chats.get(session, s -> bucket(chatPosts));
        }
        ConsumptionProbe fromAddress = address.posts().tryConsumeAndReturnRemaining(1);
        if (!fromAddress.isConsumed()) {
            return refused("too many messages from this address; try again shortly", fromAddress);
        }
        ConsumptionProbe fromChat = chat.tryConsumeAndReturnRemaining(1);
        if (!fromChat.isConsumed()) {
            return refused("too many messages from this chat; try again shortly", fromChat);
        }
        return Optional.empty();
    }

    /** How many addresses have buckets now, after dropping those due (to show that memory stays bounded). */
    long addressesHeld() {
        addresses.cleanUp();
        return addresses.estimatedSize();
    }

    private static Bandwidth perWindow(int posts, Duration window) {
        return Bandwidth.builder().capacity(posts).refillGreedy(posts, window).build();
    }

    private Bucket bucket(Bandwidth limit) {
        return Bucket.builder().addLimit(limit).withCustomTimePrecision(time).build();
    }

    private <V> Cache<String, V> cache(Duration idle) {
        return Caffeine.newBuilder().maximumSize(HELD).expireAfterAccess(idle).ticker(time::currentTimeNanos).build();
    }

    private static Optional<Refusal> refused(String reason, ConsumptionProbe probe) {
        long seconds = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999) / 1_000_000_000);
        return Optional.of(new Refusal(reason, Duration.ofSeconds(seconds)));
    }
}
