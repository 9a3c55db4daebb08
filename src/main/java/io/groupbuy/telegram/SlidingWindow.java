package io.groupbuy.telegram;

import java.util.ArrayDeque;

/** At most {@code max} events in any window of {@code lengthNanos} (System.nanoTime). Not thread-safe. */
final class SlidingWindow {
    private final int max;
    private final long lengthNanos;
    private final ArrayDeque<Long> events = new ArrayDeque<>();

    SlidingWindow(int max, long lengthNanos) {
        this.max = max;
        this.lengthNanos = lengthNanos;
    }

    long readyAt(long now) {
        expire(now);
        return events.size() < max ? now : events.peekFirst() + lengthNanos;
    }

    void add(long now) {
        events.addLast(now);
    }

    private void expire(long now) {
        while (!events.isEmpty() && events.peekFirst() + lengthNanos <= now) {
            events.removeFirst();
        }
    }
}
