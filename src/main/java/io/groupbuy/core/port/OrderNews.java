package io.groupbuy.core.port;

import io.groupbuy.core.Order;
import io.groupbuy.core.OrderStatus;
import io.groupbuy.core.PriceChange;
import io.groupbuy.core.Refund;

/** What happened to an order, for the chat that owns it. {@code key} is unique per piece of news. */
public sealed interface OrderNews {
    Order order();

    /** Stable id of this piece of news, so a retry never posts it twice. */
    String key();

    record Placed(Order order, String payUrl, boolean paid) implements OrderNews {
        public String key() {
            return "placed:" + order.id();
        }
    }

    record NotPlaced(Order order, boolean afterReconciliation) implements OrderNews {
        public String key() {
            return "not-placed:" + order.id();
        }
    }

    record StatusChanged(Order order, OrderStatus from, OrderStatus to) implements OrderNews {
        public String key() {
            return "status:" + order.id() + ":" + to + ":" + order.upstreamStatus();
        }
    }

    record PriceChangeProposed(Order order, PriceChange change) implements OrderNews {
        public String key() {
            return "price:" + change.id();
        }
    }

    record PriceChangeDecided(Order order, PriceChange change) implements OrderNews {
        public String key() {
            return "price-decided:" + change.id() + ":" + change.state();
        }
    }

    record Refunded(Order order, Refund refund) implements OrderNews {
        public String key() {
            return "refund:" + refund.id();
        }
    }
}
