package io.groupbuy.conversation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;

/**
 * A warning that anyone on the internet can trigger (a forged webhook, say) must not flood the logs:
 * the first one is logged, then at most one line per period saying how many more came.
 */
public final class ThrottledWarning {
    private final Logger log;
    private final Duration period;
    private final Clock clock;
    private final AtomicReference<Instant> lastLogged = new AtomicReference<>();
    private final AtomicLong suppressed = new AtomicLong();

    public ThrottledWarning(Logger log, Duration period, Clock clock) {
        this.log = log;
        this.period = period;
        this.clock = clock;
    }

    public void warn(String message, Object... args) {
        Instant now = clock.instant();
        Instant last = lastLogged.get();
        if (last != null && now.isBefore(last.plus(period))) {
            suppressed.incrementAndGet();
            return;
        }
        if (!lastLogged.compareAndSet(last, now)) {
            suppressed.incrementAndGet();
            return;
        }
        long more = suppressed.getAndSet(0);
        if (more > 0) {
            log.warn(message + " (and {} more like it in the last {} s)", append(args, more, period.toSeconds()));
        } else {
            log.warn(message, args);
        }
    }

    private static Object[] append(Object[] args, Object... extra) {
        Object[] all = new Object[args.length + extra.length];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(extra, 0, all, args.length, extra.length);
        return all;
    }
}
