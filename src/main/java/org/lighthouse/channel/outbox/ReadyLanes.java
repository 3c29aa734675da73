package org.lighthouse.channel.outbox;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;

/**
 * The lanes waiting for their time, and those whose time came. Of these the most pressing goes first (an urgent
 * message, then a reply, then a broadcast's), and within one precedence the one whose time came first: a broadcast's
 * lanes yield to every other chat's, and go at once when no other waits.
 */
final class ReadyLanes {

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition added = lock.newCondition();
    private final PriorityQueue<Lane> later = new PriorityQueue<>(Comparator.comparingLong(lane -> lane.readyAt));
    private final Map<Precedence, LinkedHashSet<Lane>> due = new EnumMap<>(Precedence.class);

    ReadyLanes() {
        for (Precedence precedence : Precedence.values()) {
            due.put(precedence, new LinkedHashSet<>());
        }
    }

    /** Takes a lane not held yet, to go at its {@link Lane#readyAt}. */
    void add(Lane lane) {
        lock.lock();
        try {
            later.add(lane);
            added.signal();
        } finally {
            lock.unlock();
        }
    }

    /** Files a lane whose time came again under its {@link Lane#precedence}, which changed as a message came. */
    void refile(Lane lane) {
        lock.lock();
        try {
            Precedence now = lane.precedence;
            if (lane.filed != null && lane.filed != now && due.get(lane.filed).remove(lane)) {
                file(lane, now);
            }
        } finally {
            lock.unlock();
        }
    }

    /** The most pressing lane whose time came, waiting up to the timeout for one; null if none came. */
    @Nullable Lane poll(long timeout, TimeUnit unit) throws InterruptedException {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        lock.lockInterruptibly();
        try {
            while (true) {
                long now = System.nanoTime();
                moveDue(now);
                Lane next = takeMostPressing();
                if (next != null || deadline - now <= 0) {
                    return next;
                }
                long wait = deadline - now;
                if (!later.isEmpty()) {
                    wait = Math.min(wait, later.peek().readyAt - now);
                }
                added.awaitNanos(wait);
            }
        } finally {
            lock.unlock();
        }
    }

    private void moveDue(long now) {
        while (!later.isEmpty() && later.peek().readyAt - now <= 0) {
            Lane lane = later.poll();
            file(lane, lane.precedence);
        }
    }

    private void file(Lane lane, Precedence precedence) {
        lane.filed = precedence;
        due.get(precedence).add(lane);
    }

    private @Nullable Lane takeMostPressing() {
        for (LinkedHashSet<Lane> lanes : due.values()) {
            Iterator<Lane> first = lanes.iterator();
            if (first.hasNext()) {
                Lane lane = first.next();
                first.remove();
                lane.filed = null;
                return lane;
            }
        }
        return null;
    }
}
