package io.groupbuy.store;

import io.groupbuy.core.PriceChange;
import io.groupbuy.core.PriceChangeState;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** Price changes of orders and each member's new share; (order, upstream key) is unique. */
final class PriceChangeRows {
    private static final String SHARES = "price_change_shares";
    private static final String OWNER = "price_change_id";

    private final Handle h;

    PriceChangeRows(Handle h) {
        this.h = h;
    }

    PriceChange insert(PriceChange c) {
        long id = h.createUpdate("INSERT INTO price_changes (order_id, upstream_key, old_goods_fen, old_freight_fen,"
                        + " new_goods_fen, new_freight_fen, state, created_at, decided_at) VALUES (:order, :key,"
                        + " :old_goods, :old_freight, :new_goods, :new_freight, :state, :created, :decided)")
                .bind("order", c.orderId())
                .bind("key", c.upstreamKey())
                .bind("old_goods", c.oldGoodsFen())
                .bind("old_freight", c.oldFreightFen())
                .bind("new_goods", c.newGoodsFen())
                .bind("new_freight", c.newFreightFen())
                .bind("state", (c.state() == null ? PriceChangeState.PENDING : c.state()).name())
                .bind("created", Rows.millis(c.createdAt()))
                .bind("decided", Rows.millis(c.decidedAt()))
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one();
        Rows.saveShares(h, SHARES, OWNER, id, c.newShares());
        return find(id).orElseThrow();
    }

    Optional<PriceChange> find(long id) {
        return h.createQuery("SELECT * FROM price_changes WHERE id = :id")
                .bind("id", id)
                .map((rs, ctx) -> row(rs))
                .findOne()
                .map(this::withShares);
    }

    Optional<PriceChange> byKey(long orderId, String upstreamKey) {
        return h.createQuery("SELECT * FROM price_changes WHERE order_id = :order AND upstream_key = :key")
                .bind("order", orderId)
                .bind("key", upstreamKey)
                .map((rs, ctx) -> row(rs))
                .findOne()
                .map(this::withShares);
    }

    List<PriceChange> pending(long orderId) {
        return h.createQuery("SELECT * FROM price_changes WHERE order_id = :order AND state = :pending ORDER BY id")
                .bind("order", orderId)
                .bind("pending", PriceChangeState.PENDING.name())
                .map((rs, ctx) -> row(rs))
                .list()
                .stream()
                .map(this::withShares)
                .toList();
    }

    void setState(long id, PriceChangeState state, Instant at) {
        int updated = h.createUpdate("UPDATE price_changes SET state = :state, decided_at = :at WHERE id = :id")
                .bind("state", state.name())
                .bind("at", Rows.millis(at))
                .bind("id", id)
                .execute();
        Rows.requireOne(updated, "set price change state", "price change " + id);
    }

    private PriceChange withShares(PriceChange c) {
        return new PriceChange(c.id(), c.orderId(), c.upstreamKey(), c.oldGoodsFen(), c.oldFreightFen(),
                c.newGoodsFen(), c.newFreightFen(), c.state(), c.createdAt(), c.decidedAt(),
                Rows.shares(h, SHARES, OWNER, c.id()));
    }

    private static PriceChange row(ResultSet rs) throws SQLException {
        return new PriceChange(rs.getLong("id"), rs.getLong("order_id"), rs.getString("upstream_key"),
                rs.getLong("old_goods_fen"), rs.getLong("old_freight_fen"), rs.getLong("new_goods_fen"),
                rs.getLong("new_freight_fen"), PriceChangeState.valueOf(rs.getString("state")),
                Rows.instant(rs, "created_at"), Rows.instant(rs, "decided_at"), List.of());
    }
}
