package io.groupbuy.conversation.action;

import io.groupbuy.conversation.model.Reply;
import io.groupbuy.conversation.view.ProductCardView;
import io.groupbuy.core.ProductSummary;
import io.groupbuy.core.port.MarketplaceGateway;
import java.util.List;

/** A photo: image search, the top results as cards with a button to choose options. */
public final class PhotoSearchAction {
    private final MarketplaceGateway marketplace;
    private final int limit;

    public PhotoSearchAction(MarketplaceGateway marketplace, int limit) {
        this.marketplace = marketplace;
        this.limit = limit;
    }

    public Reply search(Turn turn, byte[] photo) {
        if (photo == null || photo.length == 0) {
            return turn.say(turn.t("photo.unreadable"));
        }
        List<ProductSummary> hits = marketplace.searchByImage(photo, limit);
        if (hits.isEmpty()) {
            return turn.say(turn.t("photo.none"));
        }
        return Reply.of(ProductCardView.hits(turn.view(), turn.t("photo.results", hits.size()), hits));
    }
}
