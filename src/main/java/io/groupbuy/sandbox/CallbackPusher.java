package io.groupbuy.sandbox;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers callbacks like PandaPon (API.md §6.1): POST, success only on HTTP 200 within the timeout,
 * otherwise again after the retry interval, at most {@code maxRetries} more times. Every attempt
 * sends the identical bytes. Deliveries run on the scheduler, never on a request thread.
 */
final class CallbackPusher {
    private static final Logger log = LoggerFactory.getLogger(CallbackPusher.class);
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
    private static final int HISTORY = 200;

    /** One message and how its delivery went, for the admin API. */
    record Delivery(String messageId, String messageType, String url, int attempts, String state, String body) {
    }

    private final OkHttpClient http;
    private final ScheduledExecutorService scheduler;
    private final Duration retryInterval;
    private final int maxRetries;
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong failedAttempts = new AtomicLong();
    private final AtomicLong pending = new AtomicLong();
    private final AtomicLong abandoned = new AtomicLong();
    private final Deque<Delivery> history = new ArrayDeque<>();
    private final List<ScheduledFuture<?>> scheduled = new CopyOnWriteArrayList<>();

    CallbackPusher(OkHttpClient http, Duration timeout, Duration retryInterval, int maxRetries,
                   ScheduledExecutorService scheduler) {
        this.http = http.newBuilder().callTimeout(timeout).connectTimeout(timeout).readTimeout(timeout)
                .retryOnConnectionFailure(false).build();
        this.scheduler = scheduler;
        this.retryInterval = retryInterval;
        this.maxRetries = maxRetries;
    }

    void push(String url, String messageId, String messageType, byte[] body) {
        pending.incrementAndGet();
        schedule(new Attempt(url, messageId, messageType, body, 1), Duration.ZERO);
    }

    long sent() {
        return sent.get();
    }

    long failedAttempts() {
        return failedAttempts.get();
    }

    long pending() {
        return pending.get();
    }

    long abandoned() {
        return abandoned.get();
    }

    List<Delivery> history() {
        synchronized (history) {
            return List.copyOf(history);
        }
    }

    /** Forgets queued retries and counters (admin reset). */
    void reset() {
        scheduled.forEach(f -> f.cancel(false));
        scheduled.clear();
        sent.set(0);
        failedAttempts.set(0);
        pending.set(0);
        abandoned.set(0);
        synchronized (history) {
            history.clear();
        }
    }

    private record Attempt(String url, String messageId, String messageType, byte[] body, int number) {
        Attempt next() {
            return new Attempt(url, messageId, messageType, body, number + 1);
        }
    }

    private void schedule(Attempt attempt, Duration delay) {
        try {
            ScheduledFuture<?> future = scheduler.schedule(() -> deliver(attempt), delay.toMillis(),
                    TimeUnit.MILLISECONDS);
            scheduled.add(future);
            scheduled.removeIf(ScheduledFuture::isDone);
        } catch (RejectedExecutionException e) {
            log.debug("sandbox callback {} dropped: the sandbox is closing", attempt.messageId());
        }
    }

    private void deliver(Attempt attempt) {
        String failure;
        Request request = new Request.Builder().url(attempt.url())
                .post(RequestBody.create(attempt.body(), JSON)).build();
        try (Response response = http.newCall(request).execute()) {
            if (response.code() == 200) {
                sent.incrementAndGet();
                pending.updateAndGet(p -> Math.max(0, p - 1));
                record(attempt, "delivered");
                log.debug("sandbox callback {} {} delivered on attempt {}", attempt.messageType(),
                        attempt.messageId(), attempt.number());
                return;
            }
            failure = "HTTP " + response.code();
        } catch (IOException e) {
            failure = e.toString();
        }
        failedAttempts.incrementAndGet();
        if (attempt.number() > maxRetries) {
            abandoned.incrementAndGet();
            pending.updateAndGet(p -> Math.max(0, p - 1));
            record(attempt, "abandoned: " + failure);
            log.info("sandbox callback {} {} abandoned after {} attempts: {}", attempt.messageType(),
                    attempt.messageId(), attempt.number(), failure);
            return;
        }
        record(attempt, "retrying: " + failure);
        log.info("sandbox callback {} {} attempt {} failed ({}); retry in {}", attempt.messageType(),
                attempt.messageId(), attempt.number(), failure, retryInterval);
        schedule(attempt.next(), retryInterval);
    }

    private void record(Attempt attempt, String state) {
        Delivery delivery = new Delivery(attempt.messageId(), attempt.messageType(), attempt.url(), attempt.number(),
                state, new String(attempt.body(), StandardCharsets.UTF_8));
        synchronized (history) {
            history.removeIf(d -> d.messageId().equals(attempt.messageId()));
            history.addLast(delivery);
            while (history.size() > HISTORY) {
                history.removeFirst();
            }
        }
    }
}
