package io.groupbuy.conversation.action;

import io.groupbuy.conversation.model.Reply;
import io.groupbuy.conversation.view.OrderView;
import io.groupbuy.core.order.OrderBook;

/** /orders: the chat's recent orders with their status and tracking numbers. */
public final class OrdersAction implements CommandAction {
    static final int RECENT = 10;

    private final OrderBook orders;

    public OrdersAction(OrderBook orders) {
        this.orders = orders;
    }

    @Override
    public Reply command(Turn turn, String args) {
        return Reply.of(OrderView.list(turn.view(), orders.recent(turn.chat().id(), RECENT)));
    }
}
