package io.groupbuy.conversation;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs tasks one after another per key (a chat) and in parallel across keys, on a shared pool. Upstream
 * latency in one chat never stalls another; events of one chat are handled in the order submitted.
 */
public final class ChatLanes implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ChatLanes.class);

    private final ExecutorService pool;
    private final ConcurrentHashMap<String, CompletableFuture<Void>> tails = new ConcurrentHashMap<>();
    private final AtomicLong inFlight = new AtomicLong();

    public ChatLanes(String name, int threads) {
        AtomicInteger n = new AtomicInteger();
        ThreadFactory factory = r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        this.pool = Executors.newFixedThreadPool(threads, factory);
    }

    /** Queues {@code task} behind the earlier tasks of {@code key}. */
    public CompletableFuture<Void> submit(String key, Runnable task) {
        inFlight.incrementAndGet();
        CompletableFuture<Void> next = new CompletableFuture<>();
        CompletableFuture<Void> previous = tails.put(key, next);
        Runnable guarded = () -> {
            try {
                task.run();
            } catch (Throwable t) {
                log.error("task of lane {} failed", key, t);
            } finally {
                inFlight.decrementAndGet();
                next.complete(null);
                tails.remove(key, next);
            }
        };
        if (previous == null) {
            pool.execute(guarded);
        } else {
            previous.whenComplete((v, e) -> pool.execute(guarded));
        }
        return next;
    }

    /** Tasks queued or running. */
    public long inFlight() {
        return inFlight.get();
    }

    /** Stops taking tasks and waits up to {@code grace} for the queued ones to finish. */
    public boolean shutdown(Duration grace) {
        long deadline = System.nanoTime() + grace.toNanos();
        while (inFlight.get() > 0 && System.nanoTime() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        pool.shutdown();
        try {
            return pool.awaitTermination(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public void close() {
        shutdown(Duration.ofSeconds(5));
        pool.shutdownNow();
    }
}
