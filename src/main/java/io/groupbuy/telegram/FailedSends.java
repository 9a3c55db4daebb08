package io.groupbuy.telegram;

import io.groupbuy.conversation.BotMetrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a failed call means for its message. A 429 sends it again after {@code retry_after}. A connection
 * never made or a 5xx sends it again a few times with backoff. Anything else ends its ticket: a refusal
 * as failed, a call whose answer was lost as "maybe delivered", never repeated (the Bot API has no
 * idempotency key).
 */
final class FailedSends {
    private static final Logger log = LoggerFactory.getLogger(FailedSends.class);
    private static final String CHANNEL = "telegram";
    private static final long SECOND = 1_000_000_000L;
    /** Attempts for a message whose connection failed or that met a 5xx: waits 1, 2, 4, 8 s between them. */
    static final int MAX_SEND_ATTEMPTS = 5;

    sealed interface Decision {
        /** The chat waits {@code seconds}, then the same message goes again. */
        record RateLimited(int seconds) implements Decision { }

        /** The chat waits {@code backoffNanos}, then {@code item} (one more attempt counted) goes. */
        record Retry(long backoffNanos, ChatQueue.Item item) implements Decision { }

        /** Not sent again; its ticket was told. */
        record GiveUp() implements Decision { }
    }

    private final BotMetrics metrics;

    FailedSends(BotMetrics metrics) {
        this.metrics = metrics;
    }

    Decision decide(long chatId, ChatQueue.Item item, SendFailure failure) {
        if (failure instanceof SendFailure.RateLimited r) {
            metrics.rateLimited(CHANNEL);
            log.warn("telegram: 429 for chat {}, waiting {} s before sending again", chatId, r.retryAfterSeconds());
            return new Decision.RateLimited(r.retryAfterSeconds());
        }
        if ((failure instanceof SendFailure.NotSent || failure instanceof SendFailure.ServerError)
                && item.connectAttempts() + 1 < MAX_SEND_ATTEMPTS) {
            long backoff = SECOND << item.connectAttempts();
            String why = failure instanceof SendFailure.NotSent n ? "could not connect (" + n.reason() + ")"
                    : "Telegram answered " + ((SendFailure.ServerError) failure).code();
            log.warn("telegram: sending to chat {}: {}; retrying in {} s", chatId, why, backoff / SECOND);
            return new Decision.Retry(backoff, new ChatQueue.Item(item.message(), item.ticket(), item.index(),
                    item.connectAttempts() + 1, item.reply()));
        }
        metrics.outboundFailed(CHANNEL);
        if (failure instanceof SendFailure.Uncertain u) {
            log.warn("telegram: a message to chat {} may or may not have been delivered ({}); not sent again", chatId,
                    u.reason());
            item.ticket().uncertain();
        } else {
            String reason = failure instanceof SendFailure.Rejected r ? r.code() + " " + r.description()
                    : failure instanceof SendFailure.ServerError e ? e.code() + " " + MAX_SEND_ATTEMPTS + " times"
                    : "connection failed " + MAX_SEND_ATTEMPTS + " times";
            log.warn("telegram: a message to chat {} was not delivered: {}", chatId, reason);
            item.ticket().failed(reason);
        }
        return new Decision.GiveUp();
    }
}
