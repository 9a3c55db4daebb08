package io.groupbuy.conversation.action;

import io.groupbuy.conversation.button.Press;
import io.groupbuy.conversation.model.Reply;
import io.groupbuy.conversation.view.CardState;
import io.groupbuy.core.ProductRef;
import java.util.Optional;

/** [Choose options] under a search result: the full product card with its SKU buttons. */
public final class ShowProductAction implements ButtonAction {
    private final ProductCards cards;

    public ShowProductAction(ProductCards cards) {
        this.cards = cards;
    }

    @Override
    public Reply press(Turn turn, Press press) {
        Optional<ProductRef> ref = CardState.parseProduct(press.args().get(0));
        if (ref.isEmpty()) {
            return turn.say(turn.t("button.expired"));
        }
        return Reply.of(cards.show(turn, ref.get(), "card:" + turn.operationKey()));
    }
}
