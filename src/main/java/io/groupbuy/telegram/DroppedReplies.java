package io.groupbuy.telegram;

import io.groupbuy.conversation.BotMetrics;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Counts replies dropped from chats' backlogs, and says so in the log at most every 10 s (overload is loud enough). */
final class DroppedReplies {
    private static final Logger log = LoggerFactory.getLogger(DroppedReplies.class);
    private static final long INTERVAL_NANOS = 10_000_000_000L;

    private final BotMetrics metrics;
    private final String channel;
    private final int cap;
    private final AtomicLong lastLog = new AtomicLong(System.nanoTime() - INTERVAL_NANOS);
    private final AtomicInteger sinceLog = new AtomicInteger();

    DroppedReplies(BotMetrics metrics, String channel, int cap) {
        this.metrics = metrics;
        this.channel = channel;
        this.cap = cap;
    }

    void dropped(long chatId, int count) {
        for (int i = 0; i < count; i++) {
            metrics.outboundDropped(channel);
        }
        sinceLog.addAndGet(count);
        long now = System.nanoTime();
        long last = lastLog.get();
        if (now - last >= INTERVAL_NANOS && lastLog.compareAndSet(last, now)) {
            log.warn("{}: {} replies dropped (latest in chat {}): chats had more than {} waiting for the rate limits",
                    channel, sinceLog.getAndSet(0), chatId, cap);
        }
    }
}
