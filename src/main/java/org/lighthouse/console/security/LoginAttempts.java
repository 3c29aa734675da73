package org.lighthouse.console.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import org.lighthouse.console.accounts.ConsoleSettings;
import org.lighthouse.shared.ClientAddresses;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;

/**
 * How many logins a client address may try (Bucket4j token buckets, refilled steadily, held in a bounded Caffeine
 * cache): 30 in 10 minutes by default, plenty for a team behind one office connection, too few to guess passwords of
 * many accounts or to flood the audit log with unknown logins. The address is the connection's, or the proxy's
 * {@code X-Forwarded-For} when the server is told to trust it (see the README).
 */
@Component
class LoginAttempts {

    /** Addresses held at most; an address not seen for a window is dropped sooner. */
    private static final int HELD = 20_000;

    /** Thrown when an address tried too often: the login page asks to wait. */
    static final class TooMany extends AuthenticationException {

        TooMany() {
            super("too many login attempts from this address");
        }
    }

    private final Bandwidth limit;
    private final Cache<String, Bucket> addresses;

    LoginAttempts(ConsoleSettings settings) {
        this.limit = Bandwidth.builder().capacity(settings.loginAttempts()).refillGreedy(settings.loginAttempts(),
                settings.loginAttemptsWindow()).build();
        this.addresses = Caffeine.newBuilder().maximumSize(HELD).expireAfterAccess(settings.loginAttemptsWindow())
                .build();
    }

    /** Counts an attempt from the address; throws when it is one too many. */
    void count(String clientAddress) {
        Bucket bucket = addresses.get(ClientAddresses.key(clientAddress),
                address -> Bucket.builder().addLimit(limit).build());
        if (!bucket.tryConsume(1)) {
            throw new TooMany();
        }
    }
}
