package io.groupbuy.core.port;

import io.groupbuy.core.ChatId;
import io.groupbuy.core.OrderStatus;
import java.time.Instant;
import java.util.Objects;

/**
 * A reference to news about an order, enough to rebuild the {@link OrderNews} from the stores when it
 * is sent: {@code refId} is the price change or refund id where the kind needs one.
 */
public record PendingNews(String key, ChatId chat, Kind kind, long orderId, long refId, OrderStatus from,
                          OrderStatus to, Instant createdAt, int attempts, Instant nextAttemptAt) {
    public enum Kind {
        RECONCILED_FOUND,
        RECONCILED_NOT_FOUND,
        STATUS_CHANGED,
        PRICE_CHANGE_PROPOSED,
        PRICE_CHANGE_DECIDED,
        REFUNDED
    }

    public PendingNews {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(chat, "chat");
        Objects.requireNonNull(kind, "kind");
        nextAttemptAt = nextAttemptAt == null ? createdAt : nextAttemptAt;
    }
}
