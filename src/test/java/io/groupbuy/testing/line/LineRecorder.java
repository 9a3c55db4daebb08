package io.groupbuy.testing.line;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;

/** Everything the fake saw and delivered, with waiting that wakes on each new record (no polling sleeps). */
final class LineRecorder {
    private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
    private final List<Delivered> delivered = new CopyOnWriteArrayList<>();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();

    void request(RecordedRequest r) {
        requests.add(r);
        signal();
    }

    void delivered(List<Delivered> batch) {
        delivered.addAll(batch);
        signal();
    }

    List<RecordedRequest> requests() {
        return List.copyOf(requests);
    }

    List<Delivered> delivered() {
        return List.copyOf(delivered);
    }

    void clear() {
        requests.clear();
        delivered.clear();
    }

    /** Waits until the condition holds; false on timeout. */
    boolean await(BooleanSupplier condition, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        lock.lock();
        try {
            while (!condition.getAsBoolean()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                // Bounded wait: the condition may also depend on state this recorder does not signal.
                changed.await(Math.min(left, TimeUnit.MILLISECONDS.toNanos(50)), TimeUnit.NANOSECONDS);
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            lock.unlock();
        }
    }

    private void signal() {
        lock.lock();
        try {
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }
}
