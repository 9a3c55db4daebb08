package io.groupbuy.store;

import io.groupbuy.core.CartLine;
import io.groupbuy.core.CartState;
import io.groupbuy.core.ChatId;
import io.groupbuy.core.NewCartLine;
import io.groupbuy.core.ProductRef;
import io.groupbuy.core.UserId;
import io.groupbuy.core.port.CartStore;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** A new line starts at version 1; every quantity change adds one. */
final class JdbiCartStore implements CartStore {
    private static final String SELECT_LINE = "SELECT * FROM cart_lines ";

    private final Handle h;

    JdbiCartStore(Handle h) {
        this.h = h;
    }

    @Override
    public CartState state(ChatId chat) {
        return h.createQuery("SELECT state FROM cart_state WHERE chat_key = :chat")
                .bind("chat", chat.key())
                .mapTo(String.class)
                .findOne()
                .map(CartState::valueOf)
                .orElse(CartState.OPEN);
    }

    @Override
    public Optional<Long> frozenBy(ChatId chat) {
        return h.createQuery("SELECT checkout_id FROM cart_state WHERE chat_key = :chat AND state = :frozen"
                        + " AND checkout_id IS NOT NULL")
                .bind("chat", chat.key())
                .bind("frozen", CartState.FROZEN.name())
                .mapTo(Long.class)
                .findOne();
    }

    @Override
    public void freeze(ChatId chat, long checkoutId, Instant at) {
        setState(chat, CartState.FROZEN, checkoutId, at);
    }

    @Override
    public void unfreeze(ChatId chat, Instant at) {
        setState(chat, CartState.OPEN, null, at);
    }

    private void setState(ChatId chat, CartState state, Long checkoutId, Instant at) {
        h.createUpdate("INSERT INTO cart_state (chat_key, state, checkout_id, changed_at)"
                        + " VALUES (:chat, :state, :checkout, :at)"
                        + " ON CONFLICT (chat_key) DO UPDATE SET state = excluded.state,"
                        + " checkout_id = excluded.checkout_id, changed_at = excluded.changed_at")
                .bind("chat", chat.key())
                .bind("state", state.name())
                .bind("checkout", checkoutId)
                .bind("at", Rows.millis(at))
                .execute();
    }

    @Override
    public List<CartLine> lines(ChatId chat) {
        return h.createQuery(SELECT_LINE + "WHERE chat_key = :chat ORDER BY id")
                .bind("chat", chat.key())
                .map((rs, ctx) -> line(rs))
                .list();
    }

    @Override
    public Optional<CartLine> line(long lineId) {
        return h.createQuery(SELECT_LINE + "WHERE id = :id")
                .bind("id", lineId)
                .map((rs, ctx) -> line(rs))
                .findOne();
    }

    @Override
    public Optional<CartLine> findSame(ChatId chat, UserId member, ProductRef product, String skuKey) {
        return h.createQuery(SELECT_LINE + "WHERE chat_key = :chat AND user_key = :user"
                        + " AND marketplace = :marketplace AND item_id = :item AND sku_key = :sku")
                .bind("chat", chat.key())
                .bind("user", member.key())
                .bind("marketplace", product.marketplace().code())
                .bind("item", product.itemId())
                .bind("sku", skuKey)
                .map((rs, ctx) -> line(rs))
                .findOne();
    }

    @Override
    public CartLine insert(NewCartLine n) {
        // Built first so the record's defaults (member name, empty title) are what gets stored.
        CartLine line = new CartLine(0, n.chat(), n.member(), n.memberName(), n.sku(), n.title(),
                n.skuDescription(), n.pictureUrl(), n.unitPriceFen(), n.quantity(), n.minQuantity(), n.addedAt(),
                n.addedAt(), 1);
        long id = Rows.bindSku(h.createUpdate("INSERT INTO cart_lines (chat_key, user_key, member_name, "
                        + Rows.SKU_COLUMNS + ", sku_key, title, sku_description, picture_url, unit_price_fen,"
                        + " quantity, min_quantity, added_at, updated_at, version) VALUES (:chat, :user, :name, "
                        + Rows.SKU_VALUES + ", :sku_key, :title, :description, :picture, :unit, :quantity, :min,"
                        + " :added, :added, :version)"), line.sku())
                .bind("chat", line.chat().key())
                .bind("user", line.member().key())
                .bind("name", line.memberName())
                .bind("sku_key", line.sku().skuKey())
                .bind("title", line.title())
                .bind("description", line.skuDescription())
                .bind("picture", line.pictureUrl())
                .bind("unit", line.unitPriceFen())
                .bind("quantity", line.quantity())
                .bind("min", line.minQuantity())
                .bind("added", Rows.millis(line.addedAt()))
                .bind("version", line.version())
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one();
        return new CartLine(id, line.chat(), line.member(), line.memberName(), line.sku(), line.title(),
                line.skuDescription(), line.pictureUrl(), line.unitPriceFen(), line.quantity(), line.minQuantity(),
                line.addedAt(), line.updatedAt(), line.version());
    }

    @Override
    public void updateQuantity(long lineId, int quantity, Instant at) {
        int updated = h.createUpdate("UPDATE cart_lines SET quantity = :quantity, updated_at = :at,"
                        + " version = version + 1 WHERE id = :id")
                .bind("quantity", quantity)
                .bind("at", Rows.millis(at))
                .bind("id", lineId)
                .execute();
        Rows.requireOne(updated, "update cart line quantity", "cart line " + lineId);
    }

    @Override
    public void delete(long lineId) {
        h.createUpdate("DELETE FROM cart_lines WHERE id = :id").bind("id", lineId).execute();
    }

    @Override
    public void deleteAll(Collection<Long> lineIds) {
        if (lineIds.isEmpty()) {
            return;
        }
        h.createUpdate("DELETE FROM cart_lines WHERE id IN (<ids>)").bindList("ids", List.copyOf(lineIds)).execute();
    }

    @Override
    public int count(ChatId chat) {
        return h.createQuery("SELECT COUNT(*) FROM cart_lines WHERE chat_key = :chat")
                .bind("chat", chat.key())
                .mapTo(Integer.class)
                .one();
    }

    @Override
    public long totalLines() {
        return h.createQuery("SELECT COUNT(*) FROM cart_lines").mapTo(Long.class).one();
    }

    private static CartLine line(ResultSet rs) throws SQLException {
        return new CartLine(rs.getLong("id"), Rows.chat(rs.getString("chat_key")), Rows.user(rs.getString("user_key")),
                rs.getString("member_name"), Rows.sku(rs), rs.getString("title"), rs.getString("sku_description"),
                rs.getString("picture_url"), rs.getLong("unit_price_fen"), rs.getInt("quantity"),
                rs.getInt("min_quantity"), Rows.instant(rs, "added_at"), Rows.instant(rs, "updated_at"),
                rs.getLong("version"));
    }
}
