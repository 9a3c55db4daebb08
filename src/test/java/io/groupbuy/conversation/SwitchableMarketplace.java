package io.groupbuy.conversation;

import io.groupbuy.core.Marketplace;
import io.groupbuy.core.Product;
import io.groupbuy.core.ProductRef;
import io.groupbuy.core.ProductSummary;
import io.groupbuy.core.RateLimited;
import io.groupbuy.core.port.MarketplaceGateway;
import io.groupbuy.core.port.OrderItem;
import io.groupbuy.core.port.PaymentResult;
import io.groupbuy.core.port.Quote;
import io.groupbuy.core.port.UpstreamOrder;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The fake marketplace with a few more ways to misbehave than it has itself: payments that do not go
 * through, a bug (a plain RuntimeException) and rate limiting on searches.
 */
final class SwitchableMarketplace implements MarketplaceGateway {
    private final MarketplaceGateway delegate;
    volatile boolean paymentsFail;
    volatile String payUrl;
    volatile boolean searchExplodes;
    volatile boolean searchRateLimited;
    volatile boolean imageSearchEmpty;

    SwitchableMarketplace(MarketplaceGateway delegate) {
        this.delegate = delegate;
    }

    @Override
    public Product product(ProductRef ref) {
        return delegate.product(ref);
    }

    @Override
    public List<ProductSummary> search(Marketplace marketplace, String keywords, int limit) {
        if (searchExplodes) {
            throw new IllegalStateException("secret upstream detail: stack trace material");
        }
        if (searchRateLimited) {
            throw new RateLimited("slow down", Duration.ofSeconds(7));
        }
        return delegate.search(marketplace, keywords, limit);
    }

    @Override
    public List<ProductSummary> searchByImage(byte[] image, int limit) {
        if (imageSearchEmpty) {
            return List.of();
        }
        return delegate.searchByImage(image, limit);
    }

    @Override
    public Quote quote(Marketplace marketplace, List<OrderItem> items) {
        return delegate.quote(marketplace, items);
    }

    @Override
    public UpstreamOrder place(Marketplace marketplace, String clientKey, List<OrderItem> items, long goodsFen) {
        return delegate.place(marketplace, clientKey, items, goodsFen);
    }

    @Override
    public Optional<UpstreamOrder> findByClientKey(Marketplace marketplace, String clientKey) {
        return delegate.findByClientKey(marketplace, clientKey);
    }

    @Override
    public UpstreamOrder order(Marketplace marketplace, String upstreamOrderId) {
        return delegate.order(marketplace, upstreamOrderId);
    }

    @Override
    public PaymentResult pay(Marketplace marketplace, String upstreamOrderId, long amountFen) {
        if (paymentsFail) {
            return new PaymentResult(false, payUrl);
        }
        return delegate.pay(marketplace, upstreamOrderId, amountFen);
    }

    @Override
    public void cancel(Marketplace marketplace, String upstreamOrderId, String reason) {
        delegate.cancel(marketplace, upstreamOrderId, reason);
    }
}
