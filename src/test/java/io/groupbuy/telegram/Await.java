package io.groupbuy.telegram;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Polls a condition with a generous deadline instead of sleeping a fixed time (the machine is shared). */
final class Await {
    static final Duration LONG = Duration.ofSeconds(20);

    private Await() {
    }

    static void until(BooleanSupplier condition, Duration timeout, Supplier<String> what) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + timeout.toSeconds() + " s waiting for " + what.get());
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
    }

    static void until(BooleanSupplier condition, Supplier<String> what) {
        until(condition, LONG, what);
    }
}
