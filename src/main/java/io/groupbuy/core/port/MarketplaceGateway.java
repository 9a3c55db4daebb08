package io.groupbuy.core.port;

import io.groupbuy.core.Marketplace;
import io.groupbuy.core.Product;
import io.groupbuy.core.ProductRef;
import io.groupbuy.core.ProductSummary;
import java.util.List;
import java.util.Optional;

/**
 * The purchasing agent as the core sees it (implemented over the PandaPon client). Every method may
 * throw {@link io.groupbuy.core.UpstreamUnavailable} (timeouts, server errors: the outcome is unknown)
 * or {@link io.groupbuy.core.UpstreamRejected} (a definite no); an unknown product is
 * {@link io.groupbuy.core.UserError.Problem#PRODUCT_NOT_FOUND}.
 */
public interface MarketplaceGateway {
    Product product(ProductRef ref);

    List<ProductSummary> search(Marketplace marketplace, String keywords, int limit);

    List<ProductSummary> searchByImage(byte[] image, int limit);

    /** Prices the lines upstream, freight included, without ordering. */
    Quote quote(Marketplace marketplace, List<OrderItem> items);

    /**
     * Creates the order upstream under our client key. Never retried blindly: if this throws
     * UpstreamUnavailable the order may or may not exist, and {@link #findByClientKey} decides.
     */
    UpstreamOrder place(Marketplace marketplace, String clientKey, List<OrderItem> items, long goodsFen);

    Optional<UpstreamOrder> findByClientKey(Marketplace marketplace, String clientKey);

    UpstreamOrder order(Marketplace marketplace, String upstreamOrderId);

    /** Pays an order (or the difference after a price change) from the account's balance. */
    PaymentResult pay(Marketplace marketplace, String upstreamOrderId, long amountFen);

    void cancel(Marketplace marketplace, String upstreamOrderId, String reason);
}
