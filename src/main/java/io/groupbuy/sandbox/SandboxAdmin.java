package io.groupbuy.sandbox;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The sandbox's control panel for tests and the demo; the HTTP routes under {@code /sandbox/admin/}
 * call exactly these methods. Refusals throw {@link SandboxAdminException}.
 */
public final class SandboxAdmin {
    private final SandboxParts parts;
    private final SandboxFaults faults;
    private final SandboxCounters counters;
    private final CallbackPusher pusher;
    private final AtomicReference<String> callbackUrl;
    private final Runnable resetAll;

    SandboxAdmin(SandboxParts parts, SandboxFaults faults, SandboxCounters counters, CallbackPusher pusher,
                 AtomicReference<String> callbackUrl, Runnable resetAll) {
        this.parts = parts;
        this.faults = faults;
        this.counters = counters;
        this.pusher = pusher;
        this.callbackUrl = callbackUrl;
        this.resetAll = resetAll;
    }

    public List<SandboxOrderView> orders() {
        return parts.orders().list(o -> true, SandboxOrderView::of);
    }

    public SandboxOrderView order(String orderId) {
        return run(() -> parts.orders().find(orderId, null, SandboxOrderView::of));
    }

    /** Next status on the happy path; leaving "waiting for payment" needs the order paid, or {@code markPaid}. */
    public SandboxOrderView advanceOrder(String orderId, boolean markPaid) {
        return run(() -> {
            parts.orders().advance(orderId, markPaid);
            return order(orderId);
        });
    }

    /** Pays what is outstanding, as the buyer's pay call or the 1688 cashier page would. */
    public SandboxOrderView payOrder(String orderId) {
        return run(() -> {
            parts.orders().pay(orderId, null);
            return order(orderId);
        });
    }

    /** Seller-side cancel before shipment; anything paid is refunded. */
    public SandboxOrderView cancelOrder(String orderId, String reason) {
        return run(() -> {
            parts.orders().cancelByAdmin(orderId, reason);
            return order(orderId);
        });
    }

    /**
     * Seller changes the price: new unit prices by line id and/or a new order total (fen); pushes the
     * PRICE_MODIFY callback. A paid order then shows the difference as outstanding (or refunded).
     */
    public SandboxOrderView changeOrderPrice(String orderId, Long newTotal, Map<String, Long> unitPricesByLineId) {
        return run(() -> {
            parts.orders().changePrice(orderId, newTotal, unitPricesByLineId);
            return order(orderId);
        });
    }

    /** Refunds {@code amount} fen of what was paid, optionally for one line; returns the refund id. */
    public String refund(String orderId, long amount, String lineId) {
        return run(() -> parts.orders().refund(orderId, amount, lineId));
    }

    /** Ships a paid order with the given logistics (defaults when null). */
    public SandboxOrderView ship(String orderId, String company, String number) {
        return run(() -> {
            parts.orders().ship(orderId, company, number);
            return order(orderId);
        });
    }

    public SandboxStats stats() {
        return new SandboxStats(counters.createCalls(), parts.orders().count(), parts.orders().ordersPerClientKey(),
                counters.snapshot(), pusher.sent(), pusher.failedAttempts(), pusher.pending(), pusher.abandoned());
    }

    /** Changes the price of one SKU, or of all SKUs when {@code skuId} is null (fen). */
    public void changeProductPrice(String productId, String skuId, long price, Long promotionPrice) {
        if (price <= 0 || (promotionPrice != null && promotionPrice <= 0)) {
            throw new SandboxAdminException(SandboxError.BAD_REQUEST, "prices must be positive fen");
        }
        run(() -> {
            CatalogProduct p = parts.catalog().forAdmin(productId, null);
            parts.catalog().update(p, q -> q.withSkus(skuId, s -> s.withPrice(price, promotionPrice)));
            return null;
        });
    }

    /** Sets the stock of one SKU, or of all SKUs when {@code skuId} is null. */
    public void changeProductStock(String productId, String skuId, long stock) {
        if (stock < 0) {
            throw new SandboxAdminException(SandboxError.BAD_REQUEST, "stock must not be negative");
        }
        run(() -> {
            CatalogProduct p = parts.catalog().forAdmin(productId, null);
            parts.catalog().update(p, q -> q.withSkus(skuId, s -> s.withStock(stock)));
            return null;
        });
    }

    public void addFault(SandboxFault fault) {
        faults.add(fault);
    }

    public List<SandboxFault> faults() {
        return faults.list();
    }

    public void clearFaults() {
        faults.clear();
    }

    /** Where callbacks go from now on; null stops them. */
    public void setCallbackUrl(String url) {
        callbackUrl.set(url == null || url.isBlank() ? null : url.trim());
    }

    public String callbackUrl() {
        return callbackUrl.get();
    }

    /** The latest callback messages (up to 200), oldest first. */
    public List<SandboxCallbackDelivery> callbacks() {
        return pusher.history().stream().map(d -> new SandboxCallbackDelivery(d.messageId(), d.messageType(), d.url(),
                d.attempts(), d.state(), d.body())).toList();
    }

    /** Back to the start: seed catalog, no carts, orders, addresses, faults, counters or queued callbacks. */
    public void reset() {
        resetAll.run();
    }

    private static <T> T run(Supplier<T> action) {
        try {
            return action.get();
        } catch (SandboxError e) {
            throw new SandboxAdminException(e.code(), e.getMessage());
        }
    }
}
