package io.groupbuy.conversation.action;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.groupbuy.core.Product;
import io.groupbuy.core.ProductRef;
import io.groupbuy.core.port.MarketplaceGateway;
import java.time.Duration;

/**
 * Products as cards and SKU choices need them, kept for a short while so that each tap on a colour or
 * size does not ask PandaPon again. Never used by checkout: the core re-checks prices upstream there.
 */
public final class ProductCatalog {
    private final MarketplaceGateway marketplace;
    private final Cache<ProductRef, Product> cache;

    public ProductCatalog(MarketplaceGateway marketplace, Duration ttl) {
        this.marketplace = marketplace;
        this.cache = Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(1_000).build();
    }

    public Product product(ProductRef ref) {
        Product known = cache.getIfPresent(ref);
        if (known != null) {
            return known;
        }
        Product fetched = marketplace.product(ref);
        cache.put(ref, fetched);
        return fetched;
    }
}
