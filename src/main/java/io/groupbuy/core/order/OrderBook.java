package io.groupbuy.core.order;

import io.groupbuy.core.ChatId;
import io.groupbuy.core.Order;
import io.groupbuy.core.OrderStatusChange;
import io.groupbuy.core.PriceChange;
import io.groupbuy.core.Refund;
import io.groupbuy.core.UserError;
import io.groupbuy.core.UserError.Problem;
import io.groupbuy.core.port.Transactions;
import java.util.List;

/** Read side of a chat's orders: the list and one order in detail. */
public final class OrderBook {
    private final Transactions tx;

    public OrderBook(Transactions tx) {
        this.tx = tx;
    }

    /** One order with its history, pending price changes and refunds. */
    public record OrderDetail(Order order, List<OrderStatusChange> history, List<PriceChange> pendingPriceChanges,
                              List<Refund> refunds) {
    }

    public List<Order> recent(ChatId chat, int limit) {
        return tx.read(s -> s.orders().byChat(chat, limit));
    }

    public OrderDetail detail(ChatId chat, int number) {
        return tx.read(s -> {
            Order order = s.orders().byNumber(chat, number)
                    .orElseThrow(() -> new UserError(Problem.ORDER_NOT_FOUND, number));
            return new OrderDetail(order, s.orders().history(order.id()), s.orders().pendingPriceChanges(order.id()),
                    s.orders().refunds(order.id()));
        });
    }
}
