package io.groupbuy.conversation;

import io.groupbuy.core.port.InboxEvent;
import io.groupbuy.core.port.Transactions;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Processes the events a channel recorded in the inbox: pending events of one source, in arrival
 * order, each chat on its own lane. An event is marked done only after its handler returned, so a
 * crash leaves it pending and it is handled again at the next start (the changes it made are
 * protected by their operation keys). A handler that keeps failing is given up after a few attempts
 * and left FAILED for operators, never retried forever.
 */
public final class InboxPump implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(InboxPump.class);
    private static final int BATCH = 500;
    private static final String REOPENED = "handled, but its answer was not sent before the stop";

    /** Handles one recorded event (parses its payload, talks to the conversation, sends the reply). */
    public interface Handler {
        void handle(InboxEvent event) throws Exception;
    }

    /**
     * Thrown by a handler for an event that is understood to be useless now (an unknown message type,
     * news of an order we do not know): it is kept as UNMATCHED with the note, never retried.
     */
    public static final class Unmatched extends Exception {
        public Unmatched(String note) {
            super(note, null, false, false);
        }
    }

    /**
     * Thrown by a handler whose work was done but whose answer could not leave because the channel is
     * stopping: the event stays pending, without counting an attempt, and is handled again at the next
     * start (its changes are protected by their operation keys, so only the answer is made again).
     */
    public static final class Deferred extends Exception {
        public Deferred(String note) {
            super(note, null, false, false);
        }
    }

    private final String source;
    private final Transactions tx;
    private final ChatLanes lanes;
    private final Handler handler;
    private final Clock clock;
    private final int maxAttempts;
    private final Set<Long> inFlight = ConcurrentHashMap.newKeySet();
    // Events handled since the last read began: a read that started before they were marked done still
    // lists them as pending, and they are no longer in flight, so this is what keeps them from running twice.
    private final Set<Long> finished = ConcurrentHashMap.newKeySet();
    // Events whose answer was dropped at a stop while their handling was still finishing: reopened once marked done.
    private final Set<Long> reopenWhenDone = ConcurrentHashMap.newKeySet();
    private final List<InboxEvent> toReopen = new ArrayList<>();
    // Events that failed wait a little before the next attempt instead of spinning.
    private final ConcurrentHashMap<Long, java.time.Instant> notBefore = new ConcurrentHashMap<>();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition wakeUp = lock.newCondition();
    private volatile boolean woken;
    private volatile boolean running;
    private Thread thread;

    public InboxPump(String source, Transactions tx, ChatLanes lanes, Handler handler, Clock clock, int maxAttempts) {
        this.source = source;
        this.tx = tx;
        this.lanes = lanes;
        this.handler = handler;
        this.clock = clock;
        this.maxAttempts = maxAttempts;
    }

    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        thread = new Thread(this::loop, "inbox-" + source);
        thread.setDaemon(true);
        thread.start();
    }

    /** New events were recorded: look now rather than at the next tick. */
    public void wake() {
        lock.lock();
        try {
            woken = true;
            wakeUp.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private void loop() {
        while (running) {
            try {
                int submitted = pumpOnce();
                if (submitted == 0) {
                    awaitWake(Duration.ofMillis(500));
                }
            } catch (RuntimeException e) {
                log.error("inbox {}: reading pending events failed", source, e);
                awaitWake(Duration.ofSeconds(1));
            }
        }
    }

    /** Submits pending events not already in flight; returns how many. */
    int pumpOnce() {
        Set<Long> finishedBeforeRead = Set.copyOf(finished);
        List<InboxEvent> pending = tx.read(s -> s.inbox().pending(source, BATCH));
        finished.removeAll(finishedBeforeRead); // marked done before this read began: it cannot list them
        int submitted = 0;
        java.time.Instant now = clock.instant();
        for (InboxEvent event : pending) {
            java.time.Instant wait = notBefore.get(event.seq());
            if ((wait != null && wait.isAfter(now)) || finished.contains(event.seq())) {
                continue;
            }
            if (inFlight.add(event.seq())) {
                submitted++;
                lanes.submit(event.chatKey().isEmpty() ? source + ":" + event.eventId() : event.chatKey(),
                        () -> process(event));
            }
        }
        return submitted;
    }

    private void process(InboxEvent event) {
        // every log line written while handling the event carries its ids (the logging pattern shows them)
        org.slf4j.MDC.put("event", source + ":" + event.eventId());
        org.slf4j.MDC.put("chat", event.chatKey());
        boolean markedDone = false;
        try {
            handler.handle(event);
            tx.write(s -> {
                s.inbox().markDone(event.seq(), clock.instant());
                return null;
            });
            finished.add(event.seq());
            notBefore.remove(event.seq());
            markedDone = true;
        } catch (Deferred d) {
            // stays PENDING; a running pump looks again after a pause (only a stopping channel defers)
            notBefore.put(event.seq(), clock.instant().plusSeconds(5));
            log.info("inbox {} event {} left pending for the next start: {}", source, event.eventId(), d.getMessage());
        } catch (Unmatched u) {
            log.info("inbox {} event {} kept unmatched: {}", source, event.eventId(), u.getMessage());
            tx.write(s -> {
                s.inbox().markState(event.seq(), InboxEvent.State.UNMATCHED, u.getMessage(), clock.instant());
                return null;
            });
            finished.add(event.seq());
        } catch (Exception e) {
            int attempts = event.attempts() + 1;
            notBefore.put(event.seq(), clock.instant().plusSeconds(Math.min(60, 1L << Math.min(attempts, 6))));
            log.warn("inbox {} event {} failed (attempt {} of {})", source, event.eventId(), attempts, maxAttempts, e);
            try {
                tx.write(s -> {
                    if (attempts >= maxAttempts) {
                        s.inbox().markState(event.seq(), InboxEvent.State.FAILED, e.getClass().getSimpleName(),
                                clock.instant());
                    } else {
                        s.inbox().incrementAttempts(event.seq());
                    }
                    return null;
                });
            } catch (RuntimeException storeFailure) {
                log.error("inbox {}: cannot record the failure of {}", source, event.eventId(), storeFailure);
            }
        } finally {
            org.slf4j.MDC.remove("event");
            org.slf4j.MDC.remove("chat");
            boolean reopenNow;
            synchronized (reopenWhenDone) {
                inFlight.remove(event.seq());
                reopenNow = reopenWhenDone.remove(event.seq());
            }
            if (reopenNow && markedDone) {
                markPending(List.of(event));
            }
        }
    }

    /**
     * The event was handled and marked done, but its answer was dropped unsent when the channel stopped:
     * back to PENDING (at the next {@link #flushReopened()}) so that the next start handles it again and
     * answers. An event still being handled is reopened as soon as it is marked done.
     */
    public void reopen(InboxEvent event) {
        synchronized (reopenWhenDone) {
            if (inFlight.contains(event.seq())) {
                reopenWhenDone.add(event.seq());
                return;
            }
            toReopen.add(event);
        }
    }

    /**
     * Writes the reopenings asked for since the last call, in one transaction (a stop may drop thousands
     * of queued replies at once: one write each would hold the stop for many seconds).
     */
    public void flushReopened() {
        List<InboxEvent> batch;
        synchronized (reopenWhenDone) {
            batch = List.copyOf(toReopen);
            toReopen.clear();
        }
        markPending(batch);
    }

    private void markPending(List<InboxEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        try {
            tx.write(s -> {
                for (InboxEvent event : events) {
                    s.inbox().markState(event.seq(), InboxEvent.State.PENDING, REOPENED, clock.instant());
                }
                return null;
            });
            log.info("inbox {}: {} event(s) pending again for the next start: {}", source, events.size(), REOPENED);
        } catch (RuntimeException e) {
            log.warn("inbox {}: cannot reopen {} event(s) ({}); their answers are lost", source, events.size(),
                    e.toString());
        }
    }

    private void awaitWake(Duration max) {
        lock.lock();
        try {
            if (!woken) {
                wakeUp.await(max.toMillis(), TimeUnit.MILLISECONDS);
            }
            woken = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        } finally {
            lock.unlock();
        }
    }

    /** Events submitted to lanes and not finished yet. */
    public int inFlight() {
        return inFlight.size();
    }

    /** Stops looking for new events; events already on lanes finish there. */
    @Override
    public synchronized void close() {
        running = false;
        flushReopened();
        wake();
        if (thread != null) {
            try {
                thread.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
