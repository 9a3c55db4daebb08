package io.groupbuy.conversation.action;

import io.groupbuy.conversation.button.ButtonArgs;
import io.groupbuy.conversation.button.Press;
import io.groupbuy.conversation.model.Reply;
import io.groupbuy.conversation.view.CardState;
import io.groupbuy.conversation.view.LineView;
import io.groupbuy.core.Product;
import io.groupbuy.core.ProductRef;
import io.groupbuy.core.Sku;
import io.groupbuy.core.UserError;
import io.groupbuy.core.cart.Cart;
import io.groupbuy.core.cart.CartService;
import java.util.Optional;

/**
 * Adds the chosen SKU to the cart: a quantity button on a card, or "/qty N" for the SKU the member
 * picked last. The event id is the operation key, so an event handled twice adds once. The answer
 * says who added what, the line's subtotal and the cart's total.
 */
public final class AddAction implements CommandAction, ButtonAction {
    private final CartService carts;
    private final ProductCards cards;
    private final PendingPicks picks;

    public AddAction(CartService carts, ProductCards cards, PendingPicks picks) {
        this.carts = carts;
        this.cards = cards;
        this.picks = picks;
    }

    @Override
    public Reply press(Turn turn, Press press) {
        ButtonArgs a = press.args();
        Optional<ProductRef> ref = CardState.parseProduct(a.get(1));
        if (ref.isEmpty() || a.number(3).isEmpty()) {
            return turn.say(turn.t("button.expired"));
        }
        picks.remember(turn.chat().id(), turn.actor().user(), new PendingPicks.Pick(ref.get(), a.get(2)));
        return add(turn, ref.get(), a.get(2), (int) Math.min(Integer.MAX_VALUE, a.number(3).getAsLong()));
    }

    /** "/qty 12": that many of the SKU the member chose last on a card. */
    @Override
    public Reply command(Turn turn, String args) {
        Optional<Integer> quantity = parse(args);
        if (quantity.isEmpty()) {
            return turn.say(turn.t("qty.usage"));
        }
        Optional<PendingPicks.Pick> pick = picks.last(turn.chat().id(), turn.actor().user());
        if (pick.isEmpty()) {
            return turn.say(turn.t("qty.no_pick"));
        }
        return add(turn, pick.get().product(), pick.get().skuKey(), quantity.get());
    }

    private Reply add(Turn turn, ProductRef ref, String skuKey, int quantity) {
        Product product = cards.product(ref);
        Sku sku = product.sku(skuKey).orElseThrow(() -> new UserError(UserError.Problem.SKU_NOT_FOUND));
        CartService.Added added = carts.add(turn.actor(), product, sku, quantity, turn.operationKey());
        if (added.line() == null) {
            return turn.say(turn.t("added.already"));
        }
        Cart cart = carts.view(turn.chat().id());
        String replaceKey = "line:" + added.line().id() + ":" + turn.operationKey();
        return Reply.of(LineView.added(turn.view(), added.line(), added.merged() && !added.alreadyApplied(), cart,
                replaceKey));
    }

    static Optional<Integer> parse(String args) {
        String digits = args == null ? "" : args.strip();
        if (!digits.matches("[0-9]{1,6}")) {
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(digits));
    }
}
