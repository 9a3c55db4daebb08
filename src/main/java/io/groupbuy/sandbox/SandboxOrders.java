package io.groupbuy.sandbox;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Orders of both platforms and their status machine. One lock guards every order; views are built
 * under it and events are snapshotted under it, so nothing mutable escapes.
 */
final class SandboxOrders {
    private static final DateTimeFormatter ORDER_NO_DATE = DateTimeFormatter.ofPattern("yyyyMMdd");

    private final SandboxCatalog catalog;
    private final Clock clock;
    private final OrderEvents events;
    private final ProductViews views;
    private final Random random = new Random();
    private final Map<String, SandboxOrder> orders = new LinkedHashMap<>();
    private int sequence;

    SandboxOrders(SandboxCatalog catalog, Clock clock, OrderEvents events, ProductViews views) {
        this.catalog = catalog;
        this.clock = clock;
        this.events = events;
        this.views = views;
    }

    /**
     * Creates an order from resolved lines after checking stock and minimums, takes the stock, and
     * reports the new status.
     */
    synchronized <T> T create(boolean taobao, String userId, List<PricedLine> priced, String clientKey,
                              String message, Function<SandboxOrder, T> view) {
        LineResolver.requireOrderable(priced);
        long now = clock.millis();
        String orderId = newOrderId(taobao);
        List<SandboxOrder.Line> lines = new ArrayList<>();
        for (int i = 0; i < priced.size(); i++) {
            PricedLine p = priced.get(i);
            String lineId = taobao ? orderId.substring(0, 13) + String.format("%06d", i + 1)
                    : Long.toString(Long.parseLong(orderId.substring(0, 12)) * 10 + i + 1);
            lines.add(new SandboxOrder.Line(lineId, p, taobao ? p.product().mpId() : p.product().id(),
                    taobao ? p.sku().mpSkuId() : p.sku().specId(), views.skuPicture(p.product(), p.sku())));
            catalog.adjustStock(p.product(), p.sku(), -p.quantity());
        }
        String orderNo = "PO" + LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).format(ORDER_NO_DATE)
                + String.format("%04d", ++sequence);
        SandboxOrder order = new SandboxOrder(taobao, orderId, orderNo, clientKey, message, userId, now, lines,
                FreightRule.freight(priced), OrderStatusMachine.initial(taobao));
        orders.put(orderId, order);
        events.statusChanged(order, null);
        return view.apply(order);
    }

    /** One order, visible to {@code userId} (null = admin, sees all). */
    synchronized <T> T find(String orderId, String userId, Function<SandboxOrder, T> view) {
        return view.apply(get(orderId, userId));
    }

    synchronized <T> List<T> list(Predicate<SandboxOrder> filter, Function<SandboxOrder, T> view) {
        return orders.values().stream().filter(filter).map(view).toList();
    }

    /** The buyer's cancel: only while unpaid. Cancelling twice is fine. */
    synchronized void cancelByBuyer(String orderId, String userId, String reason) {
        SandboxOrder o = get(orderId, userId);
        if (OrderStatusMachine.isCancelled(o.taobao, o.status)) {
            return;
        }
        if (!OrderStatusMachine.awaitingPayment(o.taobao, o.status)) {
            throw new SandboxError(SandboxError.CONFLICT, "order " + orderId + " is " + o.status
                    + "; only unpaid orders can be cancelled");
        }
        close(o, reason == null || reason.isBlank() ? "buyer_cancel" : reason);
    }

    /** Seller/platform cancel from the admin API: any time before shipment; what was paid is refunded. */
    synchronized void cancelByAdmin(String orderId, String reason) {
        SandboxOrder o = get(orderId, null);
        if (!OrderStatusMachine.beforeShipment(o.taobao, o.status)) {
            throw new SandboxError(SandboxError.CONFLICT, "order " + orderId + " is " + o.status
                    + "; only orders not yet shipped can be cancelled");
        }
        long rest = Math.max(0, o.paidAmount - o.goodsRefund);
        o.refundAmount += rest;
        o.goodsRefund += rest;
        close(o, reason == null || reason.isBlank() ? "seller_cancel" : reason);
    }

    /** Pays what is outstanding; an unpaid order moves on to "waiting for shipment". Idempotent. */
    synchronized void pay(String orderId, String userId) {
        SandboxOrder o = get(orderId, userId);
        if (OrderStatusMachine.isCancelled(o.taobao, o.status)) {
            throw new SandboxError(SandboxError.CONFLICT, "order " + orderId + " is cancelled");
        }
        if (o.outstanding() == 0 && o.paidAmount > 0) {
            return;
        }
        String before = o.status;
        o.paidAmount = o.totalAmount();
        o.payTime = clock.millis();
        if (OrderStatusMachine.awaitingPayment(o.taobao, o.status)) {
            o.status = OrderStatusMachine.paid(o.taobao);
        }
        changed(o, before);
    }

    /** Next status on the happy path; {@code markPaid} pays first when payment is missing. */
    synchronized void advance(String orderId, boolean markPaid) {
        SandboxOrder o = get(orderId, null);
        String next = OrderStatusMachine.next(o.taobao, o.status).orElseThrow(() -> new SandboxError(
                SandboxError.CONFLICT, "order " + orderId + " is " + o.status + ": no next status"));
        requirePaid(o, markPaid);
        if (next.equals(OrderStatusMachine.paid(o.taobao)) && o.payTime == null) {
            o.payTime = clock.millis();
        }
        if (next.equals(OrderStatusMachine.shipped(o.taobao)) && o.logisticsNumber == null) {
            o.logisticsCompany = "中通快递";
            o.logisticsNumber = "7" + String.format("%013d", Math.floorMod(random.nextLong(), 10_000_000_000_000L));
        }
        String before = o.status;
        o.status = next;
        changed(o, before);
    }

    /** Seller ships: sets logistics and moves a paid order to "shipped". */
    synchronized void ship(String orderId, String company, String number) {
        SandboxOrder o = get(orderId, null);
        if (!o.status.equals(OrderStatusMachine.paid(o.taobao))) {
            throw new SandboxError(SandboxError.CONFLICT, "order " + orderId + " is " + o.status
                    + "; only paid orders waiting for shipment can ship");
        }
        requirePaid(o, false);
        String before = o.status;
        o.logisticsCompany = company == null || company.isBlank() ? "顺丰速运" : company;
        o.logisticsNumber = number == null || number.isBlank() ? "SF" + (1_000_000_000_000L + random.nextInt(1 << 30))
                : number;
        o.status = OrderStatusMachine.shipped(o.taobao);
        changed(o, before);
    }

    /**
     * Seller changes the price before shipment: new unit prices per line id and/or a new order total
     * (kept as an order-level adjustment). Overpayment is refunded, underpayment is left outstanding.
     */
    synchronized void changePrice(String orderId, Long newTotal, Map<String, Long> unitPrices) {
        SandboxOrder o = get(orderId, null);
        if (!OrderStatusMachine.beforeShipment(o.taobao, o.status)) {
            throw new SandboxError(SandboxError.CONFLICT, "order " + orderId + " is " + o.status
                    + "; prices change only before shipment");
        }
        long oldTotal = o.totalAmount();
        Map<String, Long> prices = unitPrices == null ? Map.of() : new TreeMap<>(unitPrices);
        prices.forEach((lineId, price) -> {
            if (price == null || price <= 0) {
                throw new SandboxError(SandboxError.BAD_REQUEST, "unit price of line " + lineId + " must be > 0");
            }
            o.line(lineId);
        });
        prices.forEach((lineId, price) -> o.line(lineId).unitPrice = price);
        if (newTotal != null) {
            if (newTotal <= o.shippingFee) {
                throw new SandboxError(SandboxError.BAD_REQUEST, "new total must exceed the shipping fee "
                        + o.shippingFee);
            }
            o.priceAdjustment += newTotal - o.totalAmount();
        }
        if (o.paidAmount > o.totalAmount()) {
            o.refundAmount += o.paidAmount - o.totalAmount();
            o.paidAmount = o.totalAmount();
        }
        o.updateTime = clock.millis();
        events.priceModified(o, oldTotal);
    }

    /** Refunds part of what was paid, optionally for one line; returns the refund id ({@code TQ…}). */
    synchronized String refund(String orderId, long amount, String lineId) {
        SandboxOrder o = get(orderId, null);
        long refundable = o.paidAmount - o.goodsRefund;
        if (amount <= 0 || amount > refundable) {
            throw new SandboxError(SandboxError.BAD_REQUEST, "refund must be 1.." + refundable + " fen, got " + amount);
        }
        if (lineId != null) {
            o.line(lineId).refundStatus = 100; // REFUND_SUCCESSFUL
        }
        o.refundAmount += amount;
        o.goodsRefund += amount;
        o.updateTime = clock.millis();
        String refundId = "TQ" + o.orderId.substring(0, 10) + String.format("%06d", random.nextInt(1_000_000));
        events.refunded(o, refundId, amount, lineId);
        return refundId;
    }

    synchronized Map<String, Long> ordersPerClientKey() {
        Map<String, Long> counts = new TreeMap<>();
        orders.values().stream().filter(o -> o.clientKey != null)
                .forEach(o -> counts.merge(o.clientKey, 1L, Long::sum));
        return counts;
    }

    synchronized long count() {
        return orders.size();
    }

    synchronized void reset() {
        orders.clear();
        sequence = 0;
    }

    private SandboxOrder get(String orderId, String userId) {
        SandboxOrder o = orderId == null ? null : orders.get(orderId.trim());
        if (o == null || (userId != null && !o.userId.equals(userId))) {
            throw new SandboxError(SandboxError.NOT_FOUND, "no order " + orderId);
        }
        return o;
    }

    private void requirePaid(SandboxOrder o, boolean markPaid) {
        if (o.outstanding() > 0 || o.paidAmount == 0) {
            if (!markPaid) {
                throw new SandboxError(SandboxError.CONFLICT, "order " + o.orderId + " has " + o.outstanding()
                        + " fen unpaid: pay it with the pay API or advance with pay=true");
            }
            o.paidAmount = o.totalAmount();
            o.payTime = clock.millis();
        }
    }

    private void close(SandboxOrder o, String reason) {
        String before = o.status;
        o.status = OrderStatusMachine.cancelled(o.taobao);
        o.closeReason = reason;
        for (SandboxOrder.Line line : o.lines) {
            CatalogProduct product = o.taobao ? catalog.taobao(line.productId) : catalog.alibaba(line.productId);
            product.sku(line.skuId).ifPresent(sku -> catalog.adjustStock(product, sku, line.quantity));
        }
        changed(o, before);
    }

    private void changed(SandboxOrder o, String before) {
        o.updateTime = clock.millis();
        events.statusChanged(o, before);
    }

    private String newOrderId(boolean taobao) {
        String id;
        do {
            id = taobao ? "4" + String.format("%018d", Math.floorMod(random.nextLong(), 1_000_000_000_000_000_000L))
                    : "2" + String.format("%012d", Math.floorMod(random.nextLong(), 1_000_000_000_000L)) + "880794";
        } while (orders.containsKey(id));
        return id;
    }
}
