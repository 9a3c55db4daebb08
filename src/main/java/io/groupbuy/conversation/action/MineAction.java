package io.groupbuy.conversation.action;

import io.groupbuy.conversation.button.Press;
import io.groupbuy.conversation.model.Reply;
import io.groupbuy.conversation.view.CartView;
import io.groupbuy.core.cart.CartService;

/** /mine and [My lines]: the asking member's own lines, each with −1 / +1 / remove. */
public final class MineAction implements CommandAction, ButtonAction {
    private final CartService carts;

    public MineAction(CartService carts) {
        this.carts = carts;
    }

    @Override
    public Reply command(Turn turn, String args) {
        String replaceKey = "mine:" + turn.operationKey();
        return Reply.of(CartView.mine(turn.view(), carts.view(turn.chat().id()), turn.actor().user(),
                turn.actor().displayName(), replaceKey));
    }

    @Override
    public Reply press(Turn turn, Press press) {
        return command(turn, "");
    }
}
