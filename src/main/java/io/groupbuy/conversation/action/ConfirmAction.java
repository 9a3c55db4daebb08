package io.groupbuy.conversation.action;

import io.groupbuy.conversation.button.Press;
import io.groupbuy.conversation.model.Button;
import io.groupbuy.conversation.model.OutMessage;
import io.groupbuy.conversation.model.Reply;
import io.groupbuy.conversation.model.RichText;
import io.groupbuy.conversation.render.MoneyFormat;
import io.groupbuy.conversation.view.CheckoutView;
import io.groupbuy.conversation.view.OrderView;
import io.groupbuy.core.Order;
import io.groupbuy.core.UserError;
import io.groupbuy.core.cart.CartService;
import io.groupbuy.core.checkout.CheckoutService;
import io.groupbuy.core.order.OrderPlacement;
import io.groupbuy.core.order.PlacementOutcome;
import java.util.ArrayList;
import java.util.List;

/**
 * [Confirm & pay] (admins): places each marketplace part exactly once and says, per order, whether it
 * was placed (and paid), refused, or is still being checked with PandaPon. A second tap learns that the
 * checkout was already confirmed; nothing is ordered twice.
 */
public final class ConfirmAction implements ButtonAction {
    private final OrderPlacement placement;
    private final CheckoutService checkouts;
    private final CartService carts;

    public ConfirmAction(OrderPlacement placement, CheckoutService checkouts, CartService carts) {
        this.placement = placement;
        this.checkouts = checkouts;
        this.carts = carts;
    }

    @Override
    public Reply press(Turn turn, Press press) {
        if (press.args().number(0).isEmpty()) {
            return turn.say(turn.t("button.expired"));
        }
        long id = press.args().number(0).getAsLong();
        List<PlacementOutcome> outcomes;
        try {
            outcomes = placement.confirm(turn.actor(), id);
        } catch (UserError e) {
            if (e.problem() == UserError.Problem.CHECKOUT_STALE) {
                return CheckoutState.stale(turn, id, checkouts, carts);
            }
            throw e;
        }
        RichText.Builder text = RichText.builder();
        List<List<Button>> rows = new ArrayList<>();
        boolean again = outcomes.stream().allMatch(o -> o.result() == PlacementOutcome.Result.ALREADY_CONFIRMED);
        if (!again) {
            text.line(turn.t("confirm.by", turn.actor().displayName()));
        }
        for (PlacementOutcome o : outcomes) {
            text.line(outcome(turn, o));
            if (o.result() == PlacementOutcome.Result.PLACED && !o.paid() && o.payUrl() != null) {
                rows.add(List.of(turn.view().link(turn.t("btn.pay_link", o.order().number()), o.payUrl())));
            }
        }
        List<OutMessage> messages = new ArrayList<>();
        if (!again) {
            checkouts.summary(id).ifPresent(s -> messages.add(CheckoutView.summary(turn.view(), s,
                    turn.t("checkout.state_confirmed"))));
        }
        messages.add(new OutMessage.Text(text.build(), rows, List.of(), null));
        return new Reply(messages, null);
    }

    private static String outcome(Turn turn, PlacementOutcome o) {
        Order order = o.order();
        MoneyFormat money = OrderView.money(order);
        String market = turn.t("marketplace." + order.marketplace().code());
        return switch (o.result()) {
            case PLACED -> o.paid()
                    ? turn.t("confirm.placed_paid", order.number(), market, money.both(order.totalFen()))
                    : turn.t("confirm.placed_unpaid", order.number(), market, money.both(order.totalFen()));
            case REJECTED -> turn.t("confirm.rejected", order.number(), market);
            case UNKNOWN -> turn.t("confirm.unknown", order.number(), market);
            case ALREADY_CONFIRMED -> turn.t("confirm.already", order.number(), OrderView.status(turn.view(), order));
        };
    }
}
