package io.groupbuy.line;

import java.time.Duration;

/** How often and how patiently a failed call is tried again: {@code attempts} in all, the pause doubling. */
record Backoff(int attempts, Duration first, Duration max) {
    static final Backoff DEFAULT = new Backoff(4, Duration.ofMillis(250), Duration.ofSeconds(2));

    Backoff {
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1");
        }
    }

    /** The pause before attempt {@code next} (2, 3, ...). */
    Duration before(int next) {
        long millis = first.toMillis() << Math.min(10, Math.max(0, next - 2));
        return Duration.ofMillis(Math.min(millis, max.toMillis()));
    }

    /** Sleeps; false if interrupted (the caller stops retrying). */
    static boolean pause(Duration d) {
        try {
            Thread.sleep(d.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
