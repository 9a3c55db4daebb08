package io.groupbuy.line;

import io.groupbuy.conversation.BotMetrics;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts what the channel sends, per message object: by reply (free) or by push (counted against
 * the monthly quota, once per group member). Reported to {@link BotMetrics} and kept here for the
 * channel's own figures.
 */
final class LineTraffic {
    private static final String CHANNEL = "line";

    private final BotMetrics metrics;
    private final AtomicLong replied = new AtomicLong();
    private final AtomicLong pushed = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private volatile boolean lastFailed;

    LineTraffic(BotMetrics metrics) {
        this.metrics = metrics;
    }

    void replied(int messages) {
        replied.addAndGet(messages);
        lastFailed = false;
        for (int i = 0; i < messages; i++) {
            metrics.outbound(CHANNEL, "reply");
        }
    }

    void pushed(int messages) {
        pushed.addAndGet(messages);
        lastFailed = false;
        for (int i = 0; i < messages; i++) {
            metrics.outbound(CHANNEL, "push");
        }
    }

    void rateLimited() {
        metrics.rateLimited(CHANNEL);
    }

    void failed() {
        failed.incrementAndGet();
        lastFailed = true;
        metrics.outboundFailed(CHANNEL);
    }

    long replied() {
        return replied.get();
    }

    long pushed() {
        return pushed.get();
    }

    /** True when the latest send failed (e.g. a revoked channel token): the channel needs attention. */
    boolean lastSendFailed() {
        return lastFailed;
    }

    long failures() {
        return failed.get();
    }
}
