package io.groupbuy.conversation.action;

import io.groupbuy.conversation.button.Press;
import io.groupbuy.conversation.model.Reply;
import io.groupbuy.conversation.view.OrderView;
import io.groupbuy.core.order.OrderBook;
import java.util.Optional;

/** "/order 12" and [#12]: one order's status, lines, shares, shipping and any pending price change. */
public final class OrderDetailAction implements CommandAction, ButtonAction {
    private final OrderBook orders;

    public OrderDetailAction(OrderBook orders) {
        this.orders = orders;
    }

    @Override
    public Reply command(Turn turn, String args) {
        Optional<Integer> number = number(args);
        if (number.isEmpty()) {
            return turn.say(turn.t("order.usage"));
        }
        return Reply.of(OrderView.detail(turn.view(), orders.detail(turn.chat().id(), number.get())));
    }

    @Override
    public Reply press(Turn turn, Press press) {
        return command(turn, press.args().get(0));
    }

    /** "12", "#12". */
    static Optional<Integer> number(String args) {
        String s = args == null ? "" : args.strip();
        if (s.startsWith("#")) {
            s = s.substring(1);
        }
        return s.matches("[0-9]{1,9}") ? Optional.of(Integer.parseInt(s)) : Optional.empty();
    }
}
