package io.groupbuy.telegram;

/** A token bucket on System.nanoTime: {@code capacity} at once, refilled at {@code perSecond}. Not thread-safe. */
final class TokenBucket {
    private static final double NANOS = 1_000_000_000d;
    private final double capacity;
    private final double perNano;
    private double tokens;
    private long updatedAt;

    TokenBucket(int capacity, double perSecond, long now) {
        this.capacity = capacity;
        this.perNano = perSecond / NANOS;
        this.tokens = capacity;
        this.updatedAt = now;
    }

    /** When the next token is there (now or later). */
    long readyAt(long now) {
        refill(now);
        return tokens >= 1 ? now : now + (long) Math.ceil((1 - tokens) / perNano);
    }

    void take(long now) {
        refill(now);
        tokens -= 1;
    }

    private void refill(long now) {
        if (now > updatedAt) {
            tokens = Math.min(capacity, tokens + (now - updatedAt) * perNano);
            updatedAt = now;
        }
    }
}
