package io.groupbuy.conversation.action;

import io.groupbuy.conversation.model.OutMessage;
import io.groupbuy.conversation.view.CardState;
import io.groupbuy.conversation.view.ProductCardView;
import io.groupbuy.core.Product;
import io.groupbuy.core.ProductRef;
import io.groupbuy.core.Sku;
import io.groupbuy.core.cart.CartLimits;
import java.util.Optional;

/**
 * Shows a product card for a member and, when the card's choices determine one SKU, remembers it as
 * that member's pick (what "/qty N" adds). Shared by links, search results and card buttons.
 */
public final class ProductCards {
    private final ProductCatalog catalog;
    private final PendingPicks picks;
    private final CartLimits limits;

    public ProductCards(ProductCatalog catalog, PendingPicks picks, CartLimits limits) {
        this.catalog = catalog;
        this.picks = picks;
        this.limits = limits;
    }

    public Product product(ProductRef ref) {
        return catalog.product(ref);
    }

    public OutMessage.ProductCard show(Turn turn, Product product, CardState state) {
        CardState settled = ProductCardView.settle(product, state);
        Optional<Sku> sku = ProductCardView.determined(product, settled);
        if (sku.isPresent() && turn.actor() != null) {
            picks.remember(turn.chat().id(), turn.actor().user(),
                    new PendingPicks.Pick(product.ref(), sku.get().key()));
        }
        return ProductCardView.card(turn.view(), product, settled, limits.maxQuantityPerLine());
    }

    public OutMessage.ProductCard show(Turn turn, ProductRef ref, String cardKey) {
        return show(turn, product(ref), CardState.start(cardKey, ref));
    }
}
