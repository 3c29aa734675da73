package org.lighthouse.console.cases;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.lighthouse.console.accounts.AccountStore;
import org.lighthouse.safety.ResponderAccounts;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The console's responders as the safety net sees them. The safety net asks on every private message and every alert
 * round, so the list is read from the database at most once a second, and again at once when an account changes
 * here (another process, such as {@code create-account} beside a shared MongoDB, is seen within the second).
 */
@Component
class ConsoleResponders implements ResponderAccounts {

    static final Duration FRESH = Duration.ofSeconds(1);

    private record Snapshot(List<Responder> responders, Instant at) {
    }

    private final AccountStore accounts;
    private final Watchers watchers;
    private final Clock clock;
    private volatile Snapshot snapshot = new Snapshot(List.of(), Instant.MIN);

    ConsoleResponders(AccountStore accounts, Watchers watchers, Clock clock) {
        this.accounts = accounts;
        this.watchers = watchers;
        this.clock = clock;
    }

    @Override
    public List<Responder> responders() {
        Snapshot current = snapshot;
        Instant now = clock.instant();
        if (current.at().plus(FRESH).isBefore(now)) {
            current = new Snapshot(accounts.enabledResponders().stream().map(r -> new Responder(r.responderKey(),
                    r.alias(), r.telegram())).toList(), now);
            snapshot = current;
        }
        return current.responders();
    }

    /** An account changed: the next question reads them all again. */
    @EventListener
    void on(AccountStore.Changed changed) {
        snapshot = new Snapshot(List.of(), Instant.MIN);
    }

    @Override
    public boolean watching() {
        return watchers.anyone();
    }
}
