package io.groupbuy.conversation.action;

import io.groupbuy.conversation.button.Act;
import io.groupbuy.conversation.button.Press;
import io.groupbuy.conversation.model.OutMessage;
import io.groupbuy.conversation.model.Reply;
import io.groupbuy.conversation.view.CardState;
import io.groupbuy.conversation.view.ProductCardView;
import io.groupbuy.core.Product;
import java.util.List;
import java.util.Optional;

/**
 * Moves a product card along: a colour or size chosen, the next page of values, or back to the start.
 * The card is edited in place (same replace key). A value that no longer exists (the seller changed
 * the product) sends the card back to its start with a word of explanation.
 */
public final class CardAction implements ButtonAction {
    private final ProductCards cards;

    public CardAction(ProductCards cards) {
        this.cards = cards;
    }

    @Override
    public Reply press(Turn turn, Press press) {
        Optional<CardState> parsed = CardState.fromArgs(press.args());
        if (parsed.isEmpty()) {
            return turn.say(turn.t("button.expired"));
        }
        CardState state = parsed.get();
        Product product = cards.product(state.product());
        if (press.act() == Act.RESET) {
            return Reply.of(cards.show(turn, product, CardState.start(state.cardKey(), state.product())));
        }
        if (press.act() == Act.PICK) {
            Optional<String> problem = checkLastChoice(turn, product, state);
            if (problem.isPresent()) {
                return Reply.of(OutMessage.Text.of(problem.get()),
                        cards.show(turn, product, CardState.start(state.cardKey(), state.product())));
            }
            List<String> chosen = state.chosen();
            String dim = product.dimensions().get(chosen.size() - 1);
            CardState before = new CardState(state.cardKey(), state.product(), chosen.subList(0, chosen.size() - 1),
                    0);
            String value = chosen.get(chosen.size() - 1);
            if (ProductCardView.soldOut(product, before, dim, value)) {
                return turn.say(turn.t("card.value_sold_out_notice", value));
            }
        }
        return Reply.of(cards.show(turn, product, state));
    }

    /** The values chosen must still exist on the product, in order; else the card starts over. */
    private static Optional<String> checkLastChoice(Turn turn, Product product, CardState state) {
        List<String> dims = product.dimensions();
        List<String> chosen = state.chosen();
        if (chosen.isEmpty() || chosen.size() > dims.size()) {
            return Optional.of(turn.t("stale.card"));
        }
        CardState prefix = new CardState(state.cardKey(), state.product(), List.of(), 0);
        for (String value : chosen) {
            List<String> values = product.valuesOf(dims.get(prefix.chosen().size()),
                    ProductCardView.chosenProperties(product, prefix));
            if (!values.contains(value)) {
                return Optional.of(turn.t("stale.card"));
            }
            prefix = prefix.choose(value);
        }
        return Optional.empty();
    }
}
