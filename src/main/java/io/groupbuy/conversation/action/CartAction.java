package io.groupbuy.conversation.action;

import io.groupbuy.conversation.button.Press;
import io.groupbuy.conversation.model.Reply;
import io.groupbuy.conversation.view.CartView;
import io.groupbuy.core.cart.CartService;

/** /cart and [View cart]: the shared cart by member, with subtotals and the total. */
public final class CartAction implements CommandAction, ButtonAction {
    private final CartService carts;

    public CartAction(CartService carts) {
        this.carts = carts;
    }

    @Override
    public Reply command(Turn turn, String args) {
        return Reply.of(CartView.cart(turn.view(), carts.view(turn.chat().id())));
    }

    @Override
    public Reply press(Turn turn, Press press) {
        return command(turn, "");
    }
}
