package io.groupbuy.conversation.action;

import io.groupbuy.conversation.model.Reply;
import io.groupbuy.conversation.view.ProductCardView;
import io.groupbuy.core.Marketplace;
import io.groupbuy.core.ProductSummary;
import io.groupbuy.core.port.MarketplaceGateway;
import java.util.List;

/**
 * "/search words" on Taobao (the default) or "/search1688 words": the top hits as cards. "/search" alone
 * asks for a photo to search by.
 */
public final class SearchAction implements CommandAction {
    static final int MAX_KEYWORDS = 100;

    private final MarketplaceGateway marketplace;
    private final Marketplace where;
    private final int limit;
    private final PhotoRequests photos;

    public SearchAction(MarketplaceGateway marketplace, Marketplace where, int limit, PhotoRequests photos) {
        this.marketplace = marketplace;
        this.where = where;
        this.limit = limit;
        this.photos = photos;
    }

    @Override
    public Reply command(Turn turn, String args) {
        String words = args == null ? "" : args.strip();
        if (words.isEmpty()) {
            // "/search" alone: the member's next photo is the query (the only way on LINE groups)
            photos.expect(turn.chat().id(), turn.actor().user());
            return turn.say(turn.t("search.send_photo"));
        }
        if (words.length() > MAX_KEYWORDS) {
            words = words.substring(0, MAX_KEYWORDS);
        }
        List<ProductSummary> hits = marketplace.search(where, words, limit);
        if (hits.isEmpty()) {
            return turn.say(turn.t("search.none", words));
        }
        String alt = turn.t("search.results", hits.size(), words,
                turn.t("marketplace." + where.code()));
        return Reply.of(ProductCardView.hits(turn.view(), alt, hits));
    }
}
