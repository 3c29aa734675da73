package org.lighthouse.channel.polling;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.jspecify.annotations.Nullable;

/**
 * A background thread that goes on while the service runs, with waits that the service's stop cuts short: the
 * channels' polling loops (Telegram, Zalo) and Zalo's webhook registration.
 */
public final class Loop {

    private static final Duration TURN_CHECK = Duration.ofMillis(500);

    private final String name;
    private final Object wake = new Object();
    private volatile boolean running;
    private @Nullable Thread thread;

    public Loop(String name) {
        this.name = name;
    }

    /** The service runs; {@code body}, if any, goes on in its own daemon thread while {@link #running()}. */
    public void start(@Nullable Runnable body) {
        running = true;
        if (body != null) {
            Thread started = new Thread(body, name);
            started.setDaemon(true);
            started.start();
            thread = started;
        }
    }

    public boolean running() {
        return running;
    }

    /** Ends the waits, runs {@code cutShort} (to end a call under way), and waits for the thread a little. */
    public void stop(Runnable cutShort) {
        running = false;
        synchronized (wake) {
            wake.notifyAll();
        }
        cutShort.run();
        Thread started = thread;
        if (started != null) {
            try {
                started.join(TimeUnit.SECONDS.toMillis(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * Waits while {@code myTurn} says no (a standby instance polls no platform), looking twice a second; returns
     * whether the service still runs.
     */
    public boolean awaitTurn(BooleanSupplier myTurn) {
        while (running && !myTurn.getAsBoolean()) {
            pause(TURN_CHECK);
        }
        return running;
    }

    /** Waits, unless the service stops first. */
    public void pause(Duration wait) {
        long until = System.nanoTime() + wait.toNanos();
        synchronized (wake) {
            for (long left = wait.toNanos(); running && left > 0; left = until - System.nanoTime()) {
                try {
                    TimeUnit.NANOSECONDS.timedWait(wake, left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}
