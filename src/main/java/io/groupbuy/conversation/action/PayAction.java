package io.groupbuy.conversation.action;

import io.groupbuy.conversation.button.Press;
import io.groupbuy.conversation.model.OutMessage;
import io.groupbuy.conversation.model.Reply;
import io.groupbuy.conversation.model.RichText;
import io.groupbuy.core.order.OrderPlacement;
import io.groupbuy.core.port.PaymentResult;
import java.util.List;
import java.util.Optional;

/** "/pay 12" and [Pay] (admins): pays an order that is waiting for payment from the account balance. */
public final class PayAction implements CommandAction, ButtonAction {
    private final OrderPlacement placement;

    public PayAction(OrderPlacement placement) {
        this.placement = placement;
    }

    @Override
    public Reply command(Turn turn, String args) {
        Optional<Integer> number = OrderDetailAction.number(args);
        if (number.isEmpty()) {
            return turn.say(turn.t("pay.usage"));
        }
        PaymentResult result = placement.pay(turn.actor(), number.get());
        if (result.paid()) {
            return turn.say(turn.t("pay.done", number.get()));
        }
        if (result.payUrl() != null) {
            return Reply.of(new OutMessage.Text(RichText.plain(turn.t("pay.link", number.get())),
                    List.of(List.of(turn.view().link(turn.t("btn.pay_link", number.get()), result.payUrl()))),
                    List.of(), null));
        }
        return turn.say(turn.t("pay.not_paid", number.get()));
    }

    @Override
    public Reply press(Turn turn, Press press) {
        return command(turn, press.args().get(0));
    }
}
