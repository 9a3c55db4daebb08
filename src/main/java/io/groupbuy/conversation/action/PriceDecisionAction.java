package io.groupbuy.conversation.action;

import io.groupbuy.conversation.button.Act;
import io.groupbuy.conversation.button.Press;
import io.groupbuy.conversation.model.OutMessage;
import io.groupbuy.conversation.model.Reply;
import io.groupbuy.conversation.model.RichText;
import io.groupbuy.conversation.view.OrderView;
import io.groupbuy.core.Order;
import io.groupbuy.core.PriceChange;
import io.groupbuy.core.UserError;
import io.groupbuy.core.order.OrderBook;
import io.groupbuy.core.order.OrderUpdates;
import io.groupbuy.core.port.Transactions;
import java.util.List;
import java.util.Optional;

/**
 * [Accept] / [Cancel order] on a seller's price change (admins). Accepting pays the difference;
 * refusing cancels the order upstream. A change decided already (another admin, an earlier tap) says
 * so and shows the order as it stands. The news of the decision follows from the outbox.
 */
public final class PriceDecisionAction implements ButtonAction {
    private final OrderUpdates updates;
    private final OrderBook orders;
    private final Transactions tx;

    public PriceDecisionAction(OrderUpdates updates, OrderBook orders, Transactions tx) {
        this.updates = updates;
        this.orders = orders;
        this.tx = tx;
    }

    public static String replaceKey(long priceChangeId) {
        return "price:" + priceChangeId;
    }

    @Override
    public Reply press(Turn turn, Press press) {
        if (press.args().number(0).isEmpty()) {
            return turn.say(turn.t("button.expired"));
        }
        long id = press.args().number(0).getAsLong();
        Optional<Order> order = tx.read(s -> s.orders().priceChange(id).flatMap(c -> s.orders().find(c.orderId())))
                .filter(o -> o.chat().equals(turn.chat().id()));
        if (order.isEmpty()) {
            return turn.say(turn.t("button.expired"));
        }
        PriceChange decided;
        try {
            decided = press.act() == Act.ACCEPT_PRICE ? updates.acceptPriceChange(turn.actor(), id)
                    : updates.rejectPriceChange(turn.actor(), id);
        } catch (UserError e) {
            if (e.problem() != UserError.Problem.PRICE_CHANGE_STALE) {
                throw e;
            }
            return Reply.of(OutMessage.Text.of(turn.t("stale.price_change", order.get().number())),
                    OrderView.detail(turn.view(), orders.detail(turn.chat().id(), order.get().number())));
        }
        String text = press.act() == Act.ACCEPT_PRICE
                ? turn.t("price.accepted_by", order.get().number(), turn.actor().displayName(),
                        OrderView.money(order.get()).both(decided.newTotalFen()))
                : turn.t("price.rejected_by", order.get().number(), turn.actor().displayName());
        return Reply.of(new OutMessage.Text(RichText.plain(text), List.of(), List.of(), replaceKey(id)));
    }
}
