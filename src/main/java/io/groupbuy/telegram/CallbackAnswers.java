package io.groupbuy.telegram;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Stops the spinner on a pressed button. Each press is answered exactly once, by whichever comes
 * first: the engine's reply with its notice as the toast, or a deadline shortly after the press was
 * received, answered without text (a slow checkout must not leave the spinner turning; its notice is
 * then not shown, the messages of the reply say the same). Answers bypass the outbound queue: they are
 * not messages and Telegram does not count them against the chat.
 */
final class CallbackAnswers {
    private static final Logger log = LoggerFactory.getLogger(CallbackAnswers.class);
    static final int MAX_TEXT = 200;

    /** One press waiting for its answer. */
    final class Pending {
        private final String queryId;
        private final AtomicBoolean answered = new AtomicBoolean();

        private Pending(String queryId) {
            this.queryId = queryId;
        }

        /** Answers now with {@code notice} (null or empty: no toast), unless already answered. */
        void answer(String notice) {
            if (answered.compareAndSet(false, true)) {
                send(queryId, notice);
            }
        }
    }

    private final TelegramClient client;
    private final ScheduledExecutorService timer;
    private final Duration deadline;
    private final Clock clock;

    CallbackAnswers(TelegramClient client, ScheduledExecutorService timer, Duration deadline, Clock clock) {
        this.client = client;
        this.timer = timer;
        this.deadline = deadline;
        this.clock = clock;
    }

    /** Starts the clock for a press received at {@code receivedAt}. */
    Pending begin(String queryId, Instant receivedAt) {
        Pending pending = new Pending(queryId);
        long delay = Math.max(0, Duration.between(clock.instant(), receivedAt.plus(deadline)).toMillis());
        timer.schedule(() -> pending.answer(null), delay, TimeUnit.MILLISECONDS);
        return pending;
    }

    private void send(String queryId, String notice) {
        String text = notice == null || notice.isBlank() ? null
                : notice.length() <= MAX_TEXT ? notice : notice.substring(0, MAX_TEXT - 1) + "…";
        try {
            client.executeAsync(AnswerCallbackQuery.builder().callbackQueryId(queryId).text(text).build())
                    .whenComplete((ok, e) -> {
                        if (e != null) {
                            log.info("telegram: answering a button press failed: {}", SendFailure.of(e));
                        }
                    });
        } catch (Exception e) {
            log.info("telegram: answering a button press failed: {}", SendFailure.of(e));
        }
    }
}
