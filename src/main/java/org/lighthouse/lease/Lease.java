package org.lighthouse.lease;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.lighthouse.shared.DatabaseScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataAccessException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Component;

/**
 * Whether this instance is the active one, and its fencing token. The embedded database serves this instance alone,
 * which takes the lease at once; on a shared MongoDB an instance waits for the lease to lapse, unless it was let go or
 * names this instance.
 */
@Component
public class Lease implements SmartLifecycle {

    /** Starts before the outbox and the inbox, which ask whether to work. */
    public static final int PHASE = -300;

    private static final Logger log = LoggerFactory.getLogger(Lease.class);

    private final LeaseKeeper keeper;
    private final LeaseSettings settings;
    private final boolean exclusive;
    private final ApplicationEventPublisher events;
    private @Nullable ScheduledExecutorService beats;
    private @Nullable ExecutorService announcements;
    private volatile boolean running;
    private long announced;

    Lease(MongoTemplate mongo, LeaseSettings settings, DatabaseScope scope, ApplicationEventPublisher events) {
        this.keeper = new LeaseKeeper(mongo, settings.instance(), settings.takeoverAfter(), System::nanoTime);
        this.settings = settings;
        this.exclusive = scope.exclusive();
        this.events = events;
    }

    /** Whether this instance holds the lease: it alone polls the platforms, sends and runs scheduled jobs. */
    public boolean active() {
        return keeper.token() > 0;
    }

    /** The fencing token held, or 0 on standby. */
    public long token() {
        return keeper.token();
    }

    /** This instance's name. */
    public String instance() {
        return settings.instance();
    }

    /** The active instance as last seen, if known. */
    @Nullable String holder() {
        return keeper.holder();
    }

    /** Claims one run of a scheduled job under the token held; false on standby or for a token taken over since. */
    boolean claimRun() {
        return keeper.claimRun();
    }

    @Override
    public void start() {
        beat(exclusive);
        announced = keeper.token();
        log.info("Lease: instance {} is {}", settings.instance(), active() ? "active (token " + announced + ")"
                : "on standby; " + keeper.holder() + " is active");
        announcements = Executors.newSingleThreadExecutor(daemon("lease-changes"));
        beats = Executors.newSingleThreadScheduledExecutor(daemon("lease"));
        long every = settings.beat().toMillis();
        beats.scheduleWithFixedDelay(() -> beat(false), every, every, TimeUnit.MILLISECONDS);
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        if (beats != null) {
            beats.shutdownNow();
        }
        if (announcements != null) {
            announcements.shutdownNow();
        }
        try {
            keeper.release();
        } catch (DataAccessException e) {
            log.warn("Lease: could not let the lease go ({}); a standby takes it over once it lapses", e.toString());
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }

    private void beat(boolean atOnce) {
        try {
            keeper.beat(atOnce);
        } catch (DataAccessException e) {
            log.warn("Lease: the database did not answer ({}){}", e.toString(), active() ? "" : "; on standby");
        } catch (RuntimeException e) {
            log.error("Lease: a beat failed", e);
        }
        announceChange();
    }

    private synchronized void announceChange() {
        long now = keeper.token();
        if (now == announced || announcements == null) {
            return;
        }
        announced = now;
        LeaseChanged change = new LeaseChanged(now > 0, now);
        if (change.active()) {
            log.warn("Lease: instance {} took over and is now active (token {})", settings.instance(), now);
        } else {
            log.warn("Lease: instance {} is now on standby; {} is active", settings.instance(), keeper.holder());
        }
        announcements.execute(() -> events.publishEvent(change));
    }

    private static ThreadFactory daemon(String name) {
        CustomizableThreadFactory threads = new CustomizableThreadFactory(name + "-");
        threads.setDaemon(true);
        return threads;
    }
}
