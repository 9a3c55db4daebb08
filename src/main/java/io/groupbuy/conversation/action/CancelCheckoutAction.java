package io.groupbuy.conversation.action;

import io.groupbuy.conversation.button.Act;
import io.groupbuy.conversation.button.Press;
import io.groupbuy.conversation.model.OutMessage;
import io.groupbuy.conversation.model.Reply;
import io.groupbuy.conversation.model.RichText;
import io.groupbuy.conversation.view.CheckoutView;
import io.groupbuy.core.UserError;
import io.groupbuy.core.cart.CartService;
import io.groupbuy.core.checkout.CheckoutService;
import java.util.List;

/** [Cancel] under a checkout summary (admins): nothing is ordered and the cart opens again. */
public final class CancelCheckoutAction implements ButtonAction {
    private final CheckoutService checkouts;
    private final CartService carts;

    public CancelCheckoutAction(CheckoutService checkouts, CartService carts) {
        this.checkouts = checkouts;
        this.carts = carts;
    }

    @Override
    public Reply press(Turn turn, Press press) {
        if (press.args().number(0).isEmpty()) {
            return turn.say(turn.t("button.expired"));
        }
        long id = press.args().number(0).getAsLong();
        try {
            checkouts.cancel(turn.actor(), id);
        } catch (UserError e) {
            if (e.problem() == UserError.Problem.CHECKOUT_STALE) {
                return CheckoutState.stale(turn, id, checkouts, carts);
            }
            throw e;
        }
        RichText text = RichText.plain(turn.t("checkout.cancelled", turn.actor().displayName()));
        return Reply.of(new OutMessage.Text(text, List.of(List.of(turn.button(turn.t("btn.cart"), Act.CART))),
                List.of(), CheckoutView.replaceKey(id)));
    }
}
