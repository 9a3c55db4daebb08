package io.groupbuy.telegram;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.telegram.telegrambots.longpolling.interfaces.BackOff;
import org.telegram.telegrambots.longpolling.util.ExponentialBackOff;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;

/**
 * What the long-polling sessions have achieved, observed from the outside of TelegramBots: the highest
 * update_id durably recorded (the next getUpdates asks for the one after it, so an update is confirmed
 * to Telegram only once it is in the inbox, whatever the library believes it received), and when the
 * last getUpdates completed (the library resets its back-off after every successful poll, empty or not).
 */
final class PollProgress {
    static final List<String> ALLOWED_UPDATES = List.of("message", "callback_query", "my_chat_member");

    private final Clock clock;
    private final int timeoutSeconds;
    private final AtomicLong recordedUpTo = new AtomicLong(0);
    private final AtomicReference<Instant> lastCompleted = new AtomicReference<>();
    private final AtomicReference<String> lastError = new AtomicReference<>();
    private final AtomicLong completedPolls = new AtomicLong();

    PollProgress(Clock clock, Duration pollTimeout) {
        this.clock = clock;
        this.timeoutSeconds = (int) pollTimeout.toSeconds();
    }

    /** The getUpdates of every poll: offset from what we recorded, not from the library's memory. */
    Function<Integer, GetUpdates> requests() {
        return libraryLastReceived -> GetUpdates.builder()
                .offset((int) (recordedUpTo.get() + 1))
                .limit(100)
                .timeout(timeoutSeconds)
                .allowedUpdates(ALLOWED_UPDATES)
                .build();
    }

    /** The back-off of one session; it also tells us when that session's polls complete or fail. */
    final class SessionBackOff implements BackOff {
        private final ExponentialBackOff delegate = new ExponentialBackOff();
        private volatile boolean retired;

        @Override
        public void reset() {
            if (!retired) {
                completedPolls.incrementAndGet();
                lastCompleted.set(clock.instant());
            }
            delegate.reset();
        }

        @Override
        public long nextBackOffMillis() {
            if (!retired) {
                lastError.set("getUpdates failed");
            }
            return delegate.nextBackOffMillis();
        }

        /** The session is being torn down: what it does from now on is not progress. */
        void retire() {
            retired = true;
        }
    }

    SessionBackOff backOff() {
        return new SessionBackOff();
    }

    void recorded(long maxUpdateId) {
        recordedUpTo.accumulateAndGet(maxUpdateId, Math::max);
    }

    long recordedUpTo() {
        return recordedUpTo.get();
    }

    /** The start counts as a completion, so that a session that never completes a poll is noticed too. */
    void started() {
        lastCompleted.compareAndSet(null, clock.instant());
    }

    Instant lastCompleted() {
        return lastCompleted.get();
    }

    long completedPolls() {
        return completedPolls.get();
    }

    String lastError() {
        return lastError.get();
    }
}
