package io.groupbuy.store;

import io.groupbuy.core.Refund;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** Refunds of orders with each member's share; one refund per (order, upstream refund id). */
final class RefundRows {
    private static final String SHARES = "refund_shares";
    private static final String OWNER = "refund_id";

    private final Handle h;

    RefundRows(Handle h) {
        this.h = h;
    }

    /**
     * Looks first, then inserts: writes are serialised, and the unique constraint turns a race on
     * another database into an error rather than a second refund.
     */
    Refund insert(Refund r) {
        if (r.upstreamRefundId() != null) {
            Optional<Refund> existing = byUpstreamId(r.orderId(), r.upstreamRefundId());
            if (existing.isPresent()) {
                return existing.get();
            }
        }
        long id = h.createUpdate("INSERT INTO refunds (order_id, upstream_refund_id, amount_fen, status, at)"
                        + " VALUES (:order, :upstream, :amount, :status, :at)")
                .bind("order", r.orderId())
                .bind("upstream", r.upstreamRefundId())
                .bind("amount", r.amountFen())
                .bind("status", r.status())
                .bind("at", Rows.millis(r.at()))
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one();
        Rows.saveShares(h, SHARES, OWNER, id, r.shares());
        return new Refund(id, r.orderId(), r.upstreamRefundId(), r.amountFen(), r.status(), r.at(), r.shares());
    }

    Optional<Refund> byUpstreamId(long orderId, String upstreamRefundId) {
        return h.createQuery("SELECT * FROM refunds WHERE order_id = :order AND upstream_refund_id = :upstream")
                .bind("order", orderId)
                .bind("upstream", upstreamRefundId)
                .map((rs, ctx) -> row(rs))
                .findOne()
                .map(this::withShares);
    }

    List<Refund> of(long orderId) {
        return h.createQuery("SELECT * FROM refunds WHERE order_id = :order ORDER BY id")
                .bind("order", orderId)
                .map((rs, ctx) -> row(rs))
                .list()
                .stream()
                .map(this::withShares)
                .toList();
    }

    private Refund withShares(Refund r) {
        return new Refund(r.id(), r.orderId(), r.upstreamRefundId(), r.amountFen(), r.status(), r.at(),
                Rows.shares(h, SHARES, OWNER, r.id()));
    }

    private static Refund row(ResultSet rs) throws SQLException {
        return new Refund(rs.getLong("id"), rs.getLong("order_id"), rs.getString("upstream_refund_id"),
                rs.getLong("amount_fen"), rs.getString("status"), Rows.instant(rs, "at"), List.of());
    }
}
