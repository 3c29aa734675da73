package org.lighthouse.channel.outbox;

import java.util.concurrent.TimeUnit;

/** Moments evenly spaced at a rate, handed out in turn to any thread that asks; a rate of 0 sets no pace. */
final class Pace {

    private final long slotNanos;
    private long nextSlot = System.nanoTime();

    Pace(double perSecond) {
        this.slotNanos = perSecond > 0 ? (long) (1e9 / perSecond) : 0;
    }

    /** Waits for this caller's moment: the next free one, or now if the pace has fallen behind. */
    void await() throws InterruptedException {
        if (slotNanos == 0) {
            return;
        }
        long wait;
        synchronized (this) {
            long now = System.nanoTime();
            long slot = Math.max(now, nextSlot);
            nextSlot = slot + slotNanos;
            wait = slot - now;
        }
        if (wait > 0) {
            TimeUnit.NANOSECONDS.sleep(wait);
        }
    }
}
