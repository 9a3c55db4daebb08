package io.groupbuy.conversation.action;

import io.groupbuy.conversation.model.OutMessage;
import io.groupbuy.conversation.model.Reply;
import io.groupbuy.conversation.view.CartView;
import io.groupbuy.conversation.view.CheckoutView;
import io.groupbuy.core.cart.CartService;
import io.groupbuy.core.checkout.CheckoutService;
import io.groupbuy.core.checkout.CheckoutSummary;
import java.util.Optional;

/** What a stale checkout button shows: why, and the checkout (or the cart) as it stands now. */
final class CheckoutState {
    private CheckoutState() {
    }

    static Reply stale(Turn turn, long checkoutId, CheckoutService checkouts, CartService carts) {
        Optional<CheckoutSummary> summary = checkouts.summary(checkoutId)
                .filter(s -> s.checkout().chat().equals(turn.chat().id()));
        if (summary.isEmpty()) {
            return turn.say(turn.t("button.expired"));
        }
        return switch (summary.get().checkout().state()) {
            case AWAITING_CONFIRMATION, PREPARING -> Reply.of(OutMessage.Text.of(turn.t("stale.checkout_changed")),
                    CheckoutView.summary(turn.view(), summary.get(), null));
            case PLACING, DONE -> Reply.of(OutMessage.Text.of(turn.t("stale.checkout_confirmed")),
                    CheckoutView.summary(turn.view(), summary.get(), turn.t("checkout.state_confirmed")));
            case CANCELLED, FAILED -> Reply.of(OutMessage.Text.of(turn.t("stale.checkout_cancelled")),
                    CartView.cart(turn.view(), carts.view(turn.chat().id())));
        };
    }
}
