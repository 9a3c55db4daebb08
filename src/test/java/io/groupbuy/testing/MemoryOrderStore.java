package io.groupbuy.testing;

import io.groupbuy.core.ChatId;
import io.groupbuy.core.Marketplace;
import io.groupbuy.core.MemberShare;
import io.groupbuy.core.Order;
import io.groupbuy.core.OrderLine;
import io.groupbuy.core.OrderStatus;
import io.groupbuy.core.OrderStatusChange;
import io.groupbuy.core.PriceChange;
import io.groupbuy.core.PriceChangeState;
import io.groupbuy.core.Refund;
import io.groupbuy.core.port.OrderStore;
import io.groupbuy.store.StoreException;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** Mirrors the SQL: a NULL key matches nothing (so lookups by a null upstream id find nothing). */
final class MemoryOrderStore implements OrderStore {
    private final MemoryData data;
    private final MemoryStores tx;

    MemoryOrderStore(MemoryData data, MemoryStores tx) {
        this.data = data;
        this.tx = tx;
    }

    @Override
    public Order insert(Order o) {
        tx.change("insert order");
        if (!data.checkouts.containsKey(o.checkoutId())) {
            throw MemoryStores.constraint("insert order", "FOREIGN KEY constraint failed: orders.checkout_id");
        }
        MemoryStores.membersNotNull(o.lines(), OrderLine::member, "insert order", "order_lines.user_key");
        MemoryStores.membersNotNull(o.shares(), MemberShare::member, "insert order",
                "order_shares.user_key");
        if (byClientKey(o.clientKey()).isPresent()) {
            throw MemoryStores.constraint("insert order", "UNIQUE constraint failed: orders.client_key");
        }
        int number = data.orders.values().stream().filter(x -> x.chat().equals(o.chat()))
                .mapToInt(Order::number).max().orElse(0) + 1;
        List<OrderLine> lines = o.lines().stream()
                .map(l -> new OrderLine(data.next("order_lines"), l.member(), l.memberName(), l.sku(), l.title(),
                        l.skuDescription(), l.unitFen(), l.quantity()))
                .toList();
        Order stored = new Order(data.next("orders"), number, o.chat(), o.checkoutId(), o.marketplace(),
                o.clientKey(), o.upstreamOrderId(), o.status(), o.upstreamStatus(), o.goodsFen(), o.freightFen(),
                o.currency(), o.rateMicros(), o.logisticsCompany(), o.logisticsNumber(), o.statusAt(), o.createdAt(),
                o.updatedAt(), lines, o.shares());
        data.orders.put(stored.id(), stored);
        return stored;
    }

    @Override
    public Optional<Order> find(long id) {
        return Optional.ofNullable(data.orders.get(id));
    }

    @Override
    public Optional<Order> byNumber(ChatId chat, int number) {
        return data.orders.values().stream().filter(o -> o.chat().equals(chat) && o.number() == number).findFirst();
    }

    @Override
    public Optional<Order> byUpstreamId(Marketplace marketplace, String upstreamOrderId) {
        return data.orders.values().stream()
                .filter(o -> o.marketplace() == marketplace && upstreamOrderId != null
                        && upstreamOrderId.equals(o.upstreamOrderId()))
                .findFirst();
    }

    @Override
    public Optional<Order> byClientKey(String clientKey) {
        return data.orders.values().stream().filter(o -> o.clientKey().equals(clientKey)).findFirst();
    }

    @Override
    public List<Order> byChat(ChatId chat, int limit) {
        return data.orders.descendingMap().values().stream().filter(o -> o.chat().equals(chat))
                .limit(limit < 0 ? Long.MAX_VALUE : limit).toList();
    }

    @Override
    public List<Order> byCheckout(long checkoutId) {
        return data.orders.values().stream().filter(o -> o.checkoutId() == checkoutId).toList();
    }

    @Override
    public List<Order> inStatus(Collection<OrderStatus> statuses) {
        return data.orders.values().stream().filter(o -> statuses.contains(o.status())).toList();
    }

    @Override
    public void markPlaced(long orderId, String upstreamOrderId, OrderStatus status, String upstreamStatus,
                           Instant at) {
        update(orderId, "mark order placed", o -> new Order(o.id(), o.number(), o.chat(), o.checkoutId(),
                o.marketplace(), o.clientKey(), upstreamOrderId, status, upstreamStatus, o.goodsFen(), o.freightFen(),
                o.currency(), o.rateMicros(), o.logisticsCompany(), o.logisticsNumber(), o.statusAt(), o.createdAt(),
                at, o.lines(), o.shares()));
    }

    @Override
    public void updateStatus(long orderId, OrderStatus status, String upstreamStatus, Instant statusAt,
                             String logisticsCompany, String logisticsNumber, Instant at) {
        update(orderId, "update order status", o -> new Order(o.id(), o.number(), o.chat(), o.checkoutId(),
                o.marketplace(), o.clientKey(), o.upstreamOrderId(), status, upstreamStatus, o.goodsFen(),
                o.freightFen(), o.currency(), o.rateMicros(),
                logisticsCompany != null ? logisticsCompany : o.logisticsCompany(),
                logisticsNumber != null ? logisticsNumber : o.logisticsNumber(), statusAt, o.createdAt(), at,
                o.lines(), o.shares()));
    }

    @Override
    public void updateAmounts(long orderId, long goodsFen, long freightFen, List<MemberShare> shares, Instant at) {
        MemoryStores.membersNotNull(shares, MemberShare::member, "update order amounts",
                "order_shares.user_key");
        update(orderId, "update order amounts", o -> new Order(o.id(), o.number(), o.chat(), o.checkoutId(),
                o.marketplace(), o.clientKey(), o.upstreamOrderId(), o.status(), o.upstreamStatus(), goodsFen,
                freightFen, o.currency(), o.rateMicros(), o.logisticsCompany(), o.logisticsNumber(), o.statusAt(),
                o.createdAt(), at, o.lines(), shares));
    }

    @Override
    public void addHistory(OrderStatusChange change) {
        tx.change("add order history");
        requireOrder(change.orderId(), "add order history", "order_history.order_id");
        data.history.add(change);
    }

    @Override
    public List<OrderStatusChange> history(long orderId) {
        return data.history.stream().filter(c -> c.orderId() == orderId).toList();
    }

    @Override
    public PriceChange insertPriceChange(PriceChange c) {
        tx.change("insert price change");
        requireOrder(c.orderId(), "insert price change", "price_changes.order_id");
        MemoryStores.membersNotNull(c.newShares(), MemberShare::member, "insert price change",
                "price_change_shares.user_key");
        if (priceChangeByKey(c.orderId(), c.upstreamKey()).isPresent()) {
            throw MemoryStores.constraint("insert price change", "UNIQUE constraint failed: price_changes_upstream_key");
        }
        PriceChange stored = new PriceChange(data.next("price_changes"), c.orderId(), c.upstreamKey(),
                c.oldGoodsFen(), c.oldFreightFen(), c.newGoodsFen(), c.newFreightFen(),
                c.state() == null ? PriceChangeState.PENDING : c.state(), c.createdAt(), c.decidedAt(), c.newShares());
        data.priceChanges.put(stored.id(), stored);
        return stored;
    }

    @Override
    public Optional<PriceChange> priceChange(long id) {
        return Optional.ofNullable(data.priceChanges.get(id));
    }

    @Override
    public Optional<PriceChange> priceChangeByKey(long orderId, String upstreamKey) {
        return data.priceChanges.values().stream()
                .filter(c -> c.orderId() == orderId && upstreamKey != null && upstreamKey.equals(c.upstreamKey()))
                .findFirst();
    }

    @Override
    public List<PriceChange> pendingPriceChanges(long orderId) {
        return data.priceChanges.values().stream()
                .filter(c -> c.orderId() == orderId && c.state() == PriceChangeState.PENDING)
                .toList();
    }

    @Override
    public void setPriceChangeState(long id, PriceChangeState state, Instant at) {
        tx.change("set price change state");
        PriceChange c = data.priceChanges.get(id);
        if (c == null) {
            throw StoreException.notFound("set price change state", "price change " + id);
        }
        data.priceChanges.put(id, new PriceChange(id, c.orderId(), c.upstreamKey(), c.oldGoodsFen(),
                c.oldFreightFen(), c.newGoodsFen(), c.newFreightFen(), state, c.createdAt(), at, c.newShares()));
    }

    @Override
    public Refund insertRefund(Refund r) {
        tx.change("insert refund");
        Optional<Refund> existing = refundByUpstreamId(r.orderId(), r.upstreamRefundId());
        if (existing.isPresent()) {
            return existing.get();
        }
        requireOrder(r.orderId(), "insert refund", "refunds.order_id");
        MemoryStores.membersNotNull(r.shares(), MemberShare::member, "insert refund",
                "refund_shares.user_key");
        Refund stored = new Refund(data.next("refunds"), r.orderId(), r.upstreamRefundId(), r.amountFen(), r.status(),
                r.at(), r.shares());
        data.refunds.put(stored.id(), stored);
        return stored;
    }

    @Override
    public Optional<Refund> refundByUpstreamId(long orderId, String upstreamRefundId) {
        return data.refunds.values().stream()
                .filter(r -> r.orderId() == orderId && upstreamRefundId != null
                        && upstreamRefundId.equals(r.upstreamRefundId()))
                .findFirst();
    }

    @Override
    public List<Refund> refunds(long orderId) {
        return data.refunds.values().stream().filter(r -> r.orderId() == orderId)
                .sorted(Comparator.comparingLong(Refund::id)).toList();
    }

    @Override
    public long countByStatus(OrderStatus status) {
        return data.orders.values().stream().filter(o -> o.status() == status).count();
    }

    private void update(long orderId, String context, UnaryOperator<Order> change) {
        tx.change(context);
        Order o = data.orders.get(orderId);
        if (o == null) {
            throw StoreException.notFound(context, "order " + orderId);
        }
        data.orders.put(orderId, change.apply(o));
    }

    private void requireOrder(long orderId, String context, String column) {
        if (!data.orders.containsKey(orderId)) {
            throw MemoryStores.constraint(context, "FOREIGN KEY constraint failed: " + column);
        }
    }
}
