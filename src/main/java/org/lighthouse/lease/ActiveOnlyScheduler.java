package org.lighthouse.lease;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.task.ThreadPoolTaskSchedulerBuilder;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.Trigger;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.stereotype.Component;

/**
 * The scheduler of every {@code @Scheduled} job: a run goes ahead only on the active instance, and only once it claimed
 * the run under its fencing token (a paused old holder that wakes up is refused). Every job keeps its schedule on every
 * instance, so that a standby that takes over runs them at their next time.
 */
@Component("taskScheduler")
class ActiveOnlyScheduler implements TaskScheduler, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ActiveOnlyScheduler.class);

    private final ThreadPoolTaskScheduler pool;
    private final Lease lease;

    ActiveOnlyScheduler(ThreadPoolTaskSchedulerBuilder builder, Lease lease) {
        this.pool = builder.threadNamePrefix("scheduled-").build();
        this.pool.initialize();
        this.lease = lease;
    }

    @Override
    public Clock getClock() {
        return pool.getClock();
    }

    @Override
    public ScheduledFuture<?> schedule(Runnable task, Trigger trigger) {
        return pool.schedule(whenActive(task), trigger);
    }

    @Override
    public ScheduledFuture<?> schedule(Runnable task, Instant startTime) {
        return pool.schedule(whenActive(task), startTime);
    }

    @Override
    public ScheduledFuture<?> scheduleAtFixedRate(Runnable task, Instant startTime, Duration period) {
        return pool.scheduleAtFixedRate(whenActive(task), startTime, period);
    }

    @Override
    public ScheduledFuture<?> scheduleAtFixedRate(Runnable task, Duration period) {
        return pool.scheduleAtFixedRate(whenActive(task), period);
    }

    @Override
    public ScheduledFuture<?> scheduleWithFixedDelay(Runnable task, Instant startTime, Duration delay) {
        return pool.scheduleWithFixedDelay(whenActive(task), startTime, delay);
    }

    @Override
    public ScheduledFuture<?> scheduleWithFixedDelay(Runnable task, Duration delay) {
        return pool.scheduleWithFixedDelay(whenActive(task), delay);
    }

    @Override
    public void destroy() {
        pool.shutdown();
    }

    private Runnable whenActive(Runnable task) {
        return () -> {
            if (mayRun(task)) {
                task.run();
            }
        };
    }

    private boolean mayRun(Runnable task) {
        if (!lease.active()) {
            return false;
        }
        try {
            return lease.claimRun();
        } catch (DataAccessException e) {
            log.debug("Not running {} now: the database did not answer ({})", task, e.toString());
            return false;
        }
    }
}
