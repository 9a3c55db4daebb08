package io.groupbuy.core;

import java.time.Duration;

/** Someone (a platform, PandaPon, or our own limits) asked us to slow down. */
public final class RateLimited extends GroupBuyException {
    private final Duration retryAfter;

    public RateLimited(String message, Duration retryAfter) {
        super(message, null);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
