package io.groupbuy.store;

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
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Orders with their lines and shares and status history; price changes and refunds are in
 * {@link PriceChangeRows} and {@link RefundRows}. The chat's order number is max + 1 inside the write
 * transaction; the single writer and the unique (chat, number) constraint keep it unique.
 */
final class JdbiOrderStore implements OrderStore {
    private static final String SELECT_ORDER = "SELECT * FROM orders ";
    static final String SHARES = "order_shares";

    private final Handle h;
    private final PriceChangeRows priceChanges;
    private final RefundRows refunds;

    JdbiOrderStore(Handle h) {
        this.h = h;
        this.priceChanges = new PriceChangeRows(h);
        this.refunds = new RefundRows(h);
    }

    @Override
    public Order insert(Order o) {
        int number = h.createQuery("SELECT COALESCE(MAX(number), 0) + 1 FROM orders WHERE chat_key = :chat")
                .bind("chat", o.chat().key())
                .mapTo(Integer.class)
                .one();
        long id = h.createUpdate("INSERT INTO orders (chat_key, number, checkout_id, marketplace, client_key,"
                        + " upstream_order_id, status, upstream_status, goods_fen, freight_fen, currency, rate_micros,"
                        + " logistics_company, logistics_number, status_at, created_at, updated_at) VALUES (:chat,"
                        + " :number, :checkout, :marketplace, :client_key, :upstream_id, :status, :upstream_status,"
                        + " :goods, :freight, :currency, :rate, :company, :tracking, :status_at, :created, :updated)")
                .bind("chat", o.chat().key())
                .bind("number", number)
                .bind("checkout", o.checkoutId())
                .bind("marketplace", o.marketplace().code())
                .bind("client_key", o.clientKey())
                .bind("upstream_id", o.upstreamOrderId())
                .bind("status", o.status().name())
                .bind("upstream_status", o.upstreamStatus())
                .bind("goods", o.goodsFen())
                .bind("freight", o.freightFen())
                .bind("currency", o.currency())
                .bind("rate", o.rateMicros())
                .bind("company", o.logisticsCompany())
                .bind("tracking", o.logisticsNumber())
                .bind("status_at", Rows.millis(o.statusAt()))
                .bind("created", Rows.millis(o.createdAt()))
                .bind("updated", Rows.millis(o.updatedAt()))
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one();
        List<OrderLine> lines = new ArrayList<>();
        for (OrderLine l : o.lines()) {
            long lineId = Rows.bindSku(h.createUpdate("INSERT INTO order_lines (order_id, user_key, member_name, "
                            + Rows.SKU_COLUMNS + ", title, sku_description, unit_fen, quantity) VALUES (:order,"
                            + " :user, :name, " + Rows.SKU_VALUES + ", :title, :description, :unit, :quantity)"),
                            l.sku())
                    .bind("order", id)
                    .bind("user", Rows.key(l.member()))
                    .bind("name", l.memberName())
                    .bind("title", l.title())
                    .bind("description", l.skuDescription())
                    .bind("unit", l.unitFen())
                    .bind("quantity", l.quantity())
                    .executeAndReturnGeneratedKeys("id")
                    .mapTo(Long.class)
                    .one();
            lines.add(new OrderLine(lineId, l.member(), l.memberName(), l.sku(), l.title(), l.skuDescription(),
                    l.unitFen(), l.quantity()));
        }
        Rows.saveShares(h, SHARES, "order_id", id, o.shares());
        return new Order(id, number, o.chat(), o.checkoutId(), o.marketplace(), o.clientKey(), o.upstreamOrderId(),
                o.status(), o.upstreamStatus(), o.goodsFen(), o.freightFen(), o.currency(), o.rateMicros(),
                o.logisticsCompany(), o.logisticsNumber(), o.statusAt(), o.createdAt(), o.updatedAt(), lines,
                o.shares());
    }

    @Override
    public Optional<Order> find(long id) {
        return one(SELECT_ORDER + "WHERE id = :v", id);
    }

    @Override
    public Optional<Order> byNumber(ChatId chat, int number) {
        return h.createQuery(SELECT_ORDER + "WHERE chat_key = :chat AND number = :number")
                .bind("chat", chat.key())
                .bind("number", number)
                .map((rs, ctx) -> header(rs))
                .findOne()
                .map(this::withDetails);
    }

    @Override
    public Optional<Order> byUpstreamId(Marketplace marketplace, String upstreamOrderId) {
        return h.createQuery(SELECT_ORDER + "WHERE marketplace = :marketplace AND upstream_order_id = :upstream"
                        + " ORDER BY id LIMIT 1")
                .bind("marketplace", marketplace.code())
                .bind("upstream", upstreamOrderId)
                .map((rs, ctx) -> header(rs))
                .findOne()
                .map(this::withDetails);
    }

    @Override
    public Optional<Order> byClientKey(String clientKey) {
        return one(SELECT_ORDER + "WHERE client_key = :v", clientKey);
    }

    @Override
    public List<Order> byChat(ChatId chat, int limit) {
        return many(h.createQuery(SELECT_ORDER + "WHERE chat_key = :chat ORDER BY id DESC LIMIT :limit")
                .bind("chat", chat.key())
                .bind("limit", limit)
                .map((rs, ctx) -> header(rs))
                .list());
    }

    @Override
    public List<Order> byCheckout(long checkoutId) {
        return many(h.createQuery(SELECT_ORDER + "WHERE checkout_id = :checkout ORDER BY id")
                .bind("checkout", checkoutId)
                .map((rs, ctx) -> header(rs))
                .list());
    }

    @Override
    public List<Order> inStatus(Collection<OrderStatus> statuses) {
        if (statuses.isEmpty()) {
            return List.of();
        }
        return many(h.createQuery(SELECT_ORDER + "WHERE status IN (<statuses>) ORDER BY id")
                .bindList("statuses", statuses.stream().map(Enum::name).distinct().toList())
                .map((rs, ctx) -> header(rs))
                .list());
    }

    @Override
    public void markPlaced(long orderId, String upstreamOrderId, OrderStatus status, String upstreamStatus,
                           Instant at) {
        int updated = h.createUpdate("UPDATE orders SET upstream_order_id = :upstream, status = :status,"
                        + " upstream_status = :upstream_status, updated_at = :at WHERE id = :id")
                .bind("upstream", upstreamOrderId)
                .bind("status", status.name())
                .bind("upstream_status", upstreamStatus)
                .bind("at", Rows.millis(at))
                .bind("id", orderId)
                .execute();
        Rows.requireOne(updated, "mark order placed", "order " + orderId);
    }

    /** A null logistics company or number keeps the one already stored: a tracking number is never lost. */
    @Override
    public void updateStatus(long orderId, OrderStatus status, String upstreamStatus, Instant statusAt,
                             String logisticsCompany, String logisticsNumber, Instant at) {
        int updated = h.createUpdate("UPDATE orders SET status = :status, upstream_status = :upstream_status,"
                        + " status_at = :status_at, logistics_company = COALESCE(:company, logistics_company),"
                        + " logistics_number = COALESCE(:tracking, logistics_number), updated_at = :at WHERE id = :id")
                .bind("status", status.name())
                .bind("upstream_status", upstreamStatus)
                .bind("status_at", Rows.millis(statusAt))
                .bind("company", logisticsCompany)
                .bind("tracking", logisticsNumber)
                .bind("at", Rows.millis(at))
                .bind("id", orderId)
                .execute();
        Rows.requireOne(updated, "update order status", "order " + orderId);
    }

    @Override
    public void updateAmounts(long orderId, long goodsFen, long freightFen, List<MemberShare> shares, Instant at) {
        int updated = h.createUpdate("UPDATE orders SET goods_fen = :goods, freight_fen = :freight, updated_at = :at"
                        + " WHERE id = :id")
                .bind("goods", goodsFen)
                .bind("freight", freightFen)
                .bind("at", Rows.millis(at))
                .bind("id", orderId)
                .execute();
        Rows.requireOne(updated, "update order amounts", "order " + orderId);
        Rows.saveShares(h, SHARES, "order_id", orderId, shares);
    }

    @Override
    public void addHistory(OrderStatusChange change) {
        h.createUpdate("INSERT INTO order_history (order_id, status, upstream_status, at, source)"
                        + " VALUES (:order, :status, :upstream_status, :at, :source)")
                .bind("order", change.orderId())
                .bind("status", change.status().name())
                .bind("upstream_status", change.upstreamStatus())
                .bind("at", Rows.millis(change.at()))
                .bind("source", change.source())
                .execute();
    }

    @Override
    public List<OrderStatusChange> history(long orderId) {
        return h.createQuery("SELECT * FROM order_history WHERE order_id = :order ORDER BY id")
                .bind("order", orderId)
                .map((rs, ctx) -> new OrderStatusChange(rs.getLong("order_id"), OrderStatus.valueOf(rs.getString("status")),
                        rs.getString("upstream_status"), Rows.instant(rs, "at"), rs.getString("source")))
                .list();
    }

    @Override
    public PriceChange insertPriceChange(PriceChange change) {
        return priceChanges.insert(change);
    }

    @Override
    public Optional<PriceChange> priceChange(long id) {
        return priceChanges.find(id);
    }

    @Override
    public Optional<PriceChange> priceChangeByKey(long orderId, String upstreamKey) {
        return priceChanges.byKey(orderId, upstreamKey);
    }

    @Override
    public List<PriceChange> pendingPriceChanges(long orderId) {
        return priceChanges.pending(orderId);
    }

    @Override
    public void setPriceChangeState(long id, PriceChangeState state, Instant at) {
        priceChanges.setState(id, state, at);
    }

    @Override
    public Refund insertRefund(Refund refund) {
        return refunds.insert(refund);
    }

    @Override
    public Optional<Refund> refundByUpstreamId(long orderId, String upstreamRefundId) {
        return refunds.byUpstreamId(orderId, upstreamRefundId);
    }

    @Override
    public List<Refund> refunds(long orderId) {
        return refunds.of(orderId);
    }

    @Override
    public long countByStatus(OrderStatus status) {
        return h.createQuery("SELECT COUNT(*) FROM orders WHERE status = :status")
                .bind("status", status.name())
                .mapTo(Long.class)
                .one();
    }

    private Optional<Order> one(String sql, Object value) {
        return h.createQuery(sql).bind("v", value).map((rs, ctx) -> header(rs)).findOne().map(this::withDetails);
    }

    private List<Order> many(List<Order> headers) {
        return headers.stream().map(this::withDetails).toList();
    }

    private Order withDetails(Order o) {
        List<OrderLine> lines = h.createQuery("SELECT * FROM order_lines WHERE order_id = :order ORDER BY id")
                .bind("order", o.id())
                .map((rs, ctx) -> new OrderLine(rs.getLong("id"), Rows.user(rs.getString("user_key")),
                        rs.getString("member_name"), Rows.sku(rs), rs.getString("title"),
                        rs.getString("sku_description"), rs.getLong("unit_fen"), rs.getInt("quantity")))
                .list();
        return o.withLinesAndShares(lines, Rows.shares(h, SHARES, "order_id", o.id()));
    }

    private static Order header(ResultSet rs) throws SQLException {
        return new Order(rs.getLong("id"), rs.getInt("number"), Rows.chat(rs.getString("chat_key")),
                rs.getLong("checkout_id"), Rows.marketplace(rs.getString("marketplace")), rs.getString("client_key"),
                rs.getString("upstream_order_id"), OrderStatus.valueOf(rs.getString("status")),
                rs.getString("upstream_status"), rs.getLong("goods_fen"), rs.getLong("freight_fen"),
                rs.getString("currency"), rs.getLong("rate_micros"), rs.getString("logistics_company"),
                rs.getString("logistics_number"), Rows.instant(rs, "status_at"), Rows.instant(rs, "created_at"),
                Rows.instant(rs, "updated_at"), List.of(), List.of());
    }
}
