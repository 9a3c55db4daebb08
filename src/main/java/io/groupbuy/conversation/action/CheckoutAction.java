package io.groupbuy.conversation.action;

import io.groupbuy.conversation.button.Press;
import io.groupbuy.conversation.model.OutMessage;
import io.groupbuy.conversation.model.Reply;
import io.groupbuy.conversation.view.CheckoutView;
import io.groupbuy.conversation.view.ErrorText;
import io.groupbuy.core.RateLimited;
import io.groupbuy.core.UpstreamRejected;
import io.groupbuy.core.UpstreamUnavailable;
import io.groupbuy.core.checkout.CheckoutService;
import io.groupbuy.core.checkout.CheckoutSummary;

/**
 * /checkout and [Checkout] (admins): prices, stock and freight re-checked upstream, each member's
 * share, price changes and lines left out flagged, then [Confirm & pay] [Cancel]. If upstream fails
 * the core opens the cart again, and the admin is told so.
 */
public final class CheckoutAction implements CommandAction, ButtonAction {
    private final CheckoutService checkouts;

    public CheckoutAction(CheckoutService checkouts) {
        this.checkouts = checkouts;
    }

    @Override
    public Reply command(Turn turn, String args) {
        CheckoutSummary summary;
        try {
            summary = checkouts.start(turn.actor());
        } catch (UpstreamUnavailable | UpstreamRejected | RateLimited e) {
            return turn.say(ErrorText.sentence(turn.view(), e) + "\n" + turn.t("checkout.cart_open_again"));
        }
        OutMessage listing = CheckoutView.summary(turn.view(), summary, null);
        if (!summary.orderable()) {
            return Reply.of(listing, OutMessage.Text.of(turn.t("checkout.nothing_orderable")));
        }
        return Reply.of(listing);
    }

    @Override
    public Reply press(Turn turn, Press press) {
        return command(turn, "");
    }
}
