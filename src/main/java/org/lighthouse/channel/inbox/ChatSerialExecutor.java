package org.lighthouse.channel.inbox;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs tasks of the same chat one after another, in the order given, and tasks of different chats in parallel. */
class ChatSerialExecutor {

    private static final Logger log = LoggerFactory.getLogger(ChatSerialExecutor.class);

    private final ExecutorService pool;
    private final ConcurrentHashMap<String, CompletableFuture<Void>> tails = new ConcurrentHashMap<>();
    private final AtomicInteger pending = new AtomicInteger();
    private final Object finished = new Object();

    ChatSerialExecutor(int threads) {
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "chat-worker-" + n.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    void submit(String chat, Runnable task) {
        pending.incrementAndGet();
        CompletableFuture<Void> next = tails.compute(chat, (key, tail) ->
                (tail == null ? CompletableFuture.<Void>completedFuture(null) : tail).thenRunAsync(() -> run(task), pool));
        next.whenComplete((ok, error) -> tails.remove(chat, next));
    }

    /** Tasks submitted and not finished yet. */
    int pending() {
        return pending.get();
    }

    /** Waits until fewer than {@code limit} tasks are pending, or the time is up; returns how many are pending. */
    int awaitPendingBelow(int limit, long timeoutMillis) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        synchronized (finished) {
            while (pending.get() >= limit) {
                long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (left <= 0) {
                    break;
                }
                finished.wait(left);
            }
        }
        return pending.get();
    }

    void shutdown(long timeoutSeconds) throws InterruptedException {
        pool.shutdown();
        if (!pool.awaitTermination(timeoutSeconds, TimeUnit.SECONDS)) {
            log.warn("{} chat tasks still running at shutdown; their events stay in the inbox for the next start", pending());
            pool.shutdownNow();
        }
    }

    private void run(Runnable task) {
        try {
            task.run();
        } catch (RuntimeException e) {
            log.error("A chat task failed", e);
        } finally {
            pending.decrementAndGet();
            synchronized (finished) {
                finished.notifyAll();
            }
        }
    }
}
