package io.groupbuy.core.port;

import io.groupbuy.core.Order;
import io.groupbuy.core.OrderStatus;
import io.groupbuy.core.PriceChange;
import io.groupbuy.core.Refund;

/** What happened to an order, for the chat that owns it. */
public sealed interface OrderNews {
    Order order();

    /** After a crash or a timeout: what the order queries said about an order we were placing. */
    record Reconciled(Order order, boolean found) implements OrderNews {
    }

    record StatusChanged(Order order, OrderStatus from, OrderStatus to) implements OrderNews {
    }

    record PriceChangeProposed(Order order, PriceChange change) implements OrderNews {
    }

    record PriceChangeDecided(Order order, PriceChange change) implements OrderNews {
    }

    record Refunded(Order order, Refund refund) implements OrderNews {
    }
}
