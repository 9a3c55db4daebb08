package io.groupbuy.store;

import io.groupbuy.core.CheckoutLine;
import io.groupbuy.core.CheckoutPart;
import io.groupbuy.core.CheckoutState;
import io.groupbuy.core.Checkout;
import io.groupbuy.core.ChatId;
import io.groupbuy.core.port.CheckoutStore;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

final class JdbiCheckoutStore implements CheckoutStore {
    private static final List<String> ACTIVE = List.of(CheckoutState.PREPARING.name(),
            CheckoutState.AWAITING_CONFIRMATION.name(), CheckoutState.PLACING.name());

    private final Handle h;

    JdbiCheckoutStore(Handle h) {
        this.h = h;
    }

    @Override
    public Checkout insert(Checkout c) {
        long id = h.createUpdate("INSERT INTO checkouts (chat_key, started_by, state, currency, rate_micros,"
                        + " created_at, updated_at) VALUES (:chat, :by, :state, :currency, :rate, :created, :updated)")
                .bind("chat", c.chat().key())
                .bind("by", Rows.key(c.startedBy()))
                .bind("state", c.state().name())
                .bind("currency", c.currency())
                .bind("rate", c.rateMicros())
                .bind("created", Rows.millis(c.createdAt()))
                .bind("updated", Rows.millis(c.updatedAt()))
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one();
        insertLines(id, c.lines());
        insertParts(id, c.parts());
        return new Checkout(id, c.chat(), c.startedBy(), c.state(), c.currency(), c.rateMicros(), c.createdAt(),
                c.updatedAt(), c.lines(), c.parts());
    }

    @Override
    public Optional<Checkout> find(long id) {
        return h.createQuery("SELECT * FROM checkouts WHERE id = :id")
                .bind("id", id)
                .map((rs, ctx) -> header(rs))
                .findOne()
                .map(this::withDetails);
    }

    @Override
    public Optional<Checkout> active(ChatId chat) {
        return h.createQuery("SELECT * FROM checkouts WHERE chat_key = :chat AND state IN (<active>)"
                        + " ORDER BY id DESC LIMIT 1")
                .bind("chat", chat.key())
                .bindList("active", ACTIVE)
                .map((rs, ctx) -> header(rs))
                .findOne()
                .map(this::withDetails);
    }

    @Override
    public List<Checkout> inState(CheckoutState state) {
        return h.createQuery("SELECT * FROM checkouts WHERE state = :state ORDER BY id")
                .bind("state", state.name())
                .map((rs, ctx) -> header(rs))
                .list()
                .stream()
                .map(this::withDetails)
                .toList();
    }

    @Override
    public void setState(long id, CheckoutState state, Instant at) {
        int updated = h.createUpdate("UPDATE checkouts SET state = :state, updated_at = :at WHERE id = :id")
                .bind("state", state.name())
                .bind("at", Rows.millis(at))
                .bind("id", id)
                .execute();
        Rows.requireOne(updated, "set checkout state", "checkout " + id);
    }

    @Override
    public void saveReview(long id, List<CheckoutLine> lines, List<CheckoutPart> parts, Instant at) {
        int updated = h.createUpdate("UPDATE checkouts SET updated_at = :at WHERE id = :id")
                .bind("at", Rows.millis(at))
                .bind("id", id)
                .execute();
        Rows.requireOne(updated, "save checkout review", "checkout " + id);
        h.createUpdate("DELETE FROM checkout_lines WHERE checkout_id = :id").bind("id", id).execute();
        h.createUpdate("DELETE FROM checkout_parts WHERE checkout_id = :id").bind("id", id).execute();
        insertLines(id, lines);
        insertParts(id, parts);
    }

    private void insertLines(long checkoutId, List<CheckoutLine> lines) {
        int position = 0;
        for (CheckoutLine l : lines) {
            Rows.bindSku(h.createUpdate("INSERT INTO checkout_lines (checkout_id, position, cart_line_id, user_key,"
                            + " member_name, " + Rows.SKU_COLUMNS + ", title, sku_description, added_unit_fen,"
                            + " unit_fen, quantity, available, excluded) VALUES (:checkout, :position, :cart_line,"
                            + " :user, :name, " + Rows.SKU_VALUES + ", :title, :description, :added_unit, :unit,"
                            + " :quantity, :available, :excluded)"), l.sku())
                    .bind("checkout", checkoutId)
                    .bind("position", position++)
                    .bind("cart_line", l.cartLineId())
                    .bind("user", Rows.key(l.member()))
                    .bind("name", l.memberName())
                    .bind("title", l.title())
                    .bind("description", l.skuDescription())
                    .bind("added_unit", l.addedUnitFen())
                    .bind("unit", l.unitFen())
                    .bind("quantity", l.quantity())
                    .bind("available", l.available())
                    .bind("excluded", Rows.flag(l.excluded()))
                    .execute();
        }
    }

    private void insertParts(long checkoutId, List<CheckoutPart> parts) {
        int position = 0;
        for (CheckoutPart p : parts) {
            h.createUpdate("INSERT INTO checkout_parts (checkout_id, position, marketplace, goods_fen, freight_fen)"
                            + " VALUES (:checkout, :position, :marketplace, :goods, :freight)")
                    .bind("checkout", checkoutId)
                    .bind("position", position++)
                    .bind("marketplace", p.marketplace().code())
                    .bind("goods", p.goodsFen())
                    .bind("freight", p.freightFen())
                    .execute();
        }
    }

    private Checkout withDetails(Checkout c) {
        List<CheckoutLine> lines = h.createQuery("SELECT * FROM checkout_lines WHERE checkout_id = :id ORDER BY position")
                .bind("id", c.id())
                .map((rs, ctx) -> new CheckoutLine(rs.getLong("cart_line_id"), Rows.user(rs.getString("user_key")),
                        rs.getString("member_name"), Rows.sku(rs), rs.getString("title"),
                        rs.getString("sku_description"), rs.getLong("added_unit_fen"), rs.getLong("unit_fen"),
                        rs.getInt("quantity"), rs.getInt("available"), Rows.flag(rs, "excluded")))
                .list();
        List<CheckoutPart> parts = h.createQuery("SELECT * FROM checkout_parts WHERE checkout_id = :id ORDER BY position")
                .bind("id", c.id())
                .map((rs, ctx) -> new CheckoutPart(Rows.marketplace(rs.getString("marketplace")),
                        rs.getLong("goods_fen"), rs.getLong("freight_fen")))
                .list();
        return new Checkout(c.id(), c.chat(), c.startedBy(), c.state(), c.currency(), c.rateMicros(), c.createdAt(),
                c.updatedAt(), lines, parts);
    }

    private static Checkout header(ResultSet rs) throws SQLException {
        return new Checkout(rs.getLong("id"), Rows.chat(rs.getString("chat_key")),
                Rows.userOrNull(rs.getString("started_by")), CheckoutState.valueOf(rs.getString("state")),
                rs.getString("currency"), rs.getLong("rate_micros"), Rows.instant(rs, "created_at"),
                Rows.instant(rs, "updated_at"), List.of(), List.of());
    }
}
