package io.groupbuy.testing;

import io.groupbuy.core.Marketplace;
import io.groupbuy.core.OrderStatus;
import io.groupbuy.core.Product;
import io.groupbuy.core.ProductRef;
import io.groupbuy.core.ProductSummary;
import io.groupbuy.core.Sku;
import io.groupbuy.core.SkuProperty;
import io.groupbuy.core.UpstreamRejected;
import io.groupbuy.core.UpstreamUnavailable;
import io.groupbuy.core.UserError;
import io.groupbuy.core.port.MarketplaceGateway;
import io.groupbuy.core.port.OrderItem;
import io.groupbuy.core.port.PaymentResult;
import io.groupbuy.core.port.Quote;
import io.groupbuy.core.port.UpstreamOrder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An in-memory purchasing agent for core and conversation tests: products you register (or a
 * generated one for any id), freight of 6.00 CNY per order, orders by client key, and switches to
 * make the next calls fail the ways PandaPon can.
 */
public final class FakeMarketplace implements MarketplaceGateway {
    public static final long FREIGHT_FEN = 600;

    private final Map<ProductRef, Product> products = new ConcurrentHashMap<>();
    private final Map<String, UpstreamOrder> ordersByKey = new ConcurrentHashMap<>();
    private final Map<String, UpstreamOrder> ordersById = new ConcurrentHashMap<>();
    private final AtomicLong nextOrderId = new AtomicLong(4_100_000_000_000_000L);
    private final AtomicInteger placeCalls = new AtomicInteger();
    private final List<Long> payments = new ArrayList<>();
    private final List<String> cancelled = new ArrayList<>();
    private volatile RuntimeException nextFailure;
    private volatile int failuresLeft;
    /** When set, place() creates the order upstream and then fails as if the answer was lost. */
    private volatile boolean loseNextPlaceAnswer;

    public FakeMarketplace add(Product product) {
        products.put(product.ref(), product);
        return this;
    }

    /** A T-shirt: colours Red/Blue × sizes M/L, 39.90 CNY (promotion 29.90), 5 in stock each. */
    public static Product tshirt(String itemId) {
        List<Sku> skus = new ArrayList<>();
        int n = 0;
        for (String colour : List.of("Red", "Blue")) {
            for (String size : List.of("M", "L")) {
                n++;
                skus.add(new Sku("sku" + itemId + n, "mp" + itemId + n, null,
                        List.of(new SkuProperty("Colour", colour), new SkuProperty("Size", size)), 3990, 2990, 5,
                        "https://img.example/" + itemId + "/" + n + ".jpg"));
            }
        }
        return new Product(new ProductRef(Marketplace.TAOBAO, itemId), "T-shirt " + itemId,
                List.of("https://img.example/" + itemId + ".jpg"), 3990, 2990, 20, 1, "map" + itemId, "mp" + itemId,
                "Shop", skus);
    }

    /** A 1688 offer with a minimum order of 2: one colour, sizes S/M, 12.00 CNY, 100 in stock. */
    public static Product offer(String offerId) {
        List<Sku> skus = List.of(
                new Sku("1" + offerId, null, "spec" + offerId + "a", List.of(new SkuProperty("Size", "S")), 1200, 0,
                        100, null),
                new Sku("2" + offerId, null, "spec" + offerId + "b", List.of(new SkuProperty("Size", "M")), 1200, 0,
                        100, null));
        return new Product(new ProductRef(Marketplace.ALIBABA_1688, offerId), "Socks " + offerId,
                List.of("https://img.example/" + offerId + ".jpg"), 1200, 0, 200, 2, null, null, "Factory", skus);
    }

    public void failNext(RuntimeException failure, int times) {
        nextFailure = failure;
        failuresLeft = times;
    }

    public void unavailableNext(int times) {
        failNext(new UpstreamUnavailable("simulated timeout", null), times);
    }

    public void rejectNext(int times) {
        failNext(new UpstreamRejected("simulated rejection", "400", "req-1", null), times);
    }

    public void loseNextPlaceAnswer() {
        loseNextPlaceAnswer = true;
    }

    private void maybeFail() {
        if (failuresLeft > 0) {
            failuresLeft--;
            throw nextFailure;
        }
    }

    /** Changes a SKU's price or stock, as a seller would between add and checkout. */
    public void changeSku(ProductRef ref, String skuKey, long newPriceFen, int newStock) {
        Product p = products.get(ref);
        List<Sku> skus = p.skus().stream().map(s -> !s.key().equals(skuKey) ? s
                : new Sku(s.skuId(), s.mpSkuId(), s.specId(), s.properties(), newPriceFen, 0, newStock,
                        s.pictureUrl())).toList();
        products.put(ref, new Product(p.ref(), p.title(), p.pictureUrls(), p.priceFen(), p.promotionPriceFen(),
                p.stock(), p.minQuantity(), p.mapId(), p.mpId(), p.shopName(), skus));
    }

    @Override
    public Product product(ProductRef ref) {
        maybeFail();
        Product p = products.get(ref);
        if (p == null) {
            throw new UserError(UserError.Problem.PRODUCT_NOT_FOUND, ref.itemId());
        }
        return p;
    }

    @Override
    public List<ProductSummary> search(Marketplace marketplace, String keywords, int limit) {
        maybeFail();
        return products.values().stream().filter(p -> p.ref().marketplace() == marketplace)
                .filter(p -> keywords.isBlank() || p.title().toLowerCase().contains(keywords.toLowerCase()))
                .limit(limit)
                .map(p -> new ProductSummary(p.ref(), p.title(), p.picture().orElse(null), p.unitPriceFen()))
                .toList();
    }

    @Override
    public List<ProductSummary> searchByImage(byte[] image, int limit) {
        maybeFail();
        return products.values().stream().limit(limit)
                .map(p -> new ProductSummary(p.ref(), p.title(), p.picture().orElse(null), p.unitPriceFen()))
                .toList();
    }

    @Override
    public Quote quote(Marketplace marketplace, List<OrderItem> items) {
        maybeFail();
        List<Quote.QuotedLine> lines = new ArrayList<>();
        long goods = 0;
        for (int i = 0; i < items.size(); i++) {
            OrderItem item = items.get(i);
            Product p = products.get(item.sku().product());
            Optional<Sku> sku = p == null ? Optional.empty() : p.sku(item.sku().skuKey());
            if (sku.isEmpty()) {
                lines.add(new Quote.QuotedLine(i, item.unitFen(), 0));
                continue;
            }
            lines.add(new Quote.QuotedLine(i, sku.get().unitPriceFen(), sku.get().stock()));
            goods += sku.get().unitPriceFen() * item.quantity();
        }
        return new Quote(lines, goods, items.isEmpty() ? 0 : FREIGHT_FEN);
    }

    @Override
    public UpstreamOrder place(Marketplace marketplace, String clientKey, List<OrderItem> items, long goodsFen) {
        placeCalls.incrementAndGet();
        maybeFail();
        String id = Long.toString(nextOrderId.incrementAndGet());
        UpstreamOrder order = new UpstreamOrder(id, clientKey, OrderStatus.WAITING_PAYMENT, "WAIT_BUYER_PAY", goodsFen,
                FREIGHT_FEN, null, null, null);
        ordersByKey.put(clientKey, order);
        ordersById.put(id, order);
        if (loseNextPlaceAnswer) {
            loseNextPlaceAnswer = false;
            throw new UpstreamUnavailable("answer lost", null);
        }
        return order;
    }

    @Override
    public Optional<UpstreamOrder> findByClientKey(Marketplace marketplace, String clientKey) {
        maybeFail();
        return Optional.ofNullable(ordersByKey.get(clientKey));
    }

    @Override
    public UpstreamOrder order(Marketplace marketplace, String upstreamOrderId) {
        maybeFail();
        UpstreamOrder o = ordersById.get(upstreamOrderId);
        if (o == null) {
            throw new UpstreamRejected("no such order", "404", "req", null);
        }
        return o;
    }

    /** Moves an upstream order to a new status (what a poll will then see). */
    public void setStatus(String upstreamOrderId, OrderStatus status, String raw) {
        UpstreamOrder o = ordersById.get(upstreamOrderId);
        UpstreamOrder n = new UpstreamOrder(o.upstreamOrderId(), o.clientKey(), status, raw, o.goodsFen(),
                o.freightFen(), o.logisticsCompany(), o.logisticsNumber(), null);
        ordersById.put(o.upstreamOrderId(), n);
        ordersByKey.put(o.clientKey(), n);
    }

    @Override
    public synchronized PaymentResult pay(Marketplace marketplace, String upstreamOrderId, long amountFen) {
        maybeFail();
        payments.add(amountFen);
        return new PaymentResult(true, null);
    }

    @Override
    public synchronized void cancel(Marketplace marketplace, String upstreamOrderId, String reason) {
        maybeFail();
        cancelled.add(upstreamOrderId);
    }

    public int placeCalls() {
        return placeCalls.get();
    }

    public int ordersCreated() {
        return ordersById.size();
    }

    public synchronized List<Long> payments() {
        return List.copyOf(payments);
    }

    public synchronized List<String> cancelled() {
        return List.copyOf(cancelled);
    }

    public Map<String, UpstreamOrder> orders() {
        return new LinkedHashMap<>(ordersById);
    }
}
