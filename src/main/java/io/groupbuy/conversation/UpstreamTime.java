package io.groupbuy.conversation;

import java.time.Duration;

/**
 * Time the current thread spent waiting on upstream calls (the purchasing agent) since {@link #reset()}.
 * An event is handled on one thread, so what a channel measures from receiving it to queueing its reply,
 * minus this, is the bot's own handling time. Fed by the upstream call listener.
 */
public final class UpstreamTime {
    private static final ThreadLocal<long[]> NANOS = ThreadLocal.withInitial(() -> new long[1]);

    private UpstreamTime() {
    }

    /** Starts a new measurement on this thread. */
    public static void reset() {
        NANOS.get()[0] = 0;
    }

    /** One upstream call made on this thread took {@code took}. */
    public static void add(Duration took) {
        NANOS.get()[0] += took.toNanos();
    }

    /** Upstream time on this thread since the last {@link #reset()}. */
    public static Duration spent() {
        return Duration.ofNanos(NANOS.get()[0]);
    }
}
