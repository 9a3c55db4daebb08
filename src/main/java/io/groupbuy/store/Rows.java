package io.groupbuy.store;

import io.groupbuy.core.Channel;
import io.groupbuy.core.ChatId;
import io.groupbuy.core.Marketplace;
import io.groupbuy.core.MemberShare;
import io.groupbuy.core.ProductRef;
import io.groupbuy.core.SkuRef;
import io.groupbuy.core.UserId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * Column conventions shared by every table: chats and users as their "channel:id" keys, instants as
 * epoch milliseconds, marketplaces by code, SKU references as seven columns, shares in share tables.
 */
final class Rows {
    /** The SKU columns, in the order {@link #bindSku} names them. */
    static final String SKU_COLUMNS = "marketplace, item_id, map_id, mp_id, sku_id, mp_sku_id, spec_id";
    static final String SKU_VALUES = ":marketplace, :item_id, :map_id, :mp_id, :sku_id, :mp_sku_id, :spec_id";

    private Rows() {
    }

    static ChatId chat(String key) {
        int colon = key.indexOf(':');
        return new ChatId(Channel.fromCode(key.substring(0, colon)), key.substring(colon + 1));
    }

    static UserId user(String key) {
        int colon = key.indexOf(':');
        return new UserId(Channel.fromCode(key.substring(0, colon)), key.substring(colon + 1));
    }

    static UserId userOrNull(String key) {
        return key == null ? null : user(key);
    }

    static String key(UserId user) {
        return user == null ? null : user.key();
    }

    static Long millis(Instant at) {
        return at == null ? null : at.toEpochMilli();
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(value);
    }

    static boolean flag(ResultSet rs, String column) throws SQLException {
        return rs.getInt(column) != 0;
    }

    static int flag(boolean value) {
        return value ? 1 : 0;
    }

    static Marketplace marketplace(String code) {
        return Marketplace.fromCode(code)
                .orElseThrow(() -> new IllegalStateException("unknown marketplace in database: " + code));
    }

    static <S extends SqlStatement<S>> S bindSku(S statement, SkuRef sku) {
        return statement.bind("marketplace", sku.product().marketplace().code())
                .bind("item_id", sku.product().itemId())
                .bind("map_id", sku.mapId())
                .bind("mp_id", sku.mpId())
                .bind("sku_id", sku.skuId())
                .bind("mp_sku_id", sku.mpSkuId())
                .bind("spec_id", sku.specId());
    }

    static SkuRef sku(ResultSet rs) throws SQLException {
        ProductRef product = new ProductRef(marketplace(rs.getString("marketplace")), rs.getString("item_id"));
        return new SkuRef(product, rs.getString("map_id"), rs.getString("mp_id"), rs.getString("sku_id"),
                rs.getString("mp_sku_id"), rs.getString("spec_id"));
    }

    /**
     * Replaces the shares kept for one owner (an order, a price change, a refund). {@code table} and
     * {@code ownerColumn} are constants of the callers, never input.
     */
    static void saveShares(Handle h, String table, String ownerColumn, long ownerId, List<MemberShare> shares) {
        h.createUpdate("DELETE FROM " + table + " WHERE " + ownerColumn + " = :owner").bind("owner", ownerId).execute();
        int position = 0;
        for (MemberShare s : shares) {
            h.createUpdate("INSERT INTO " + table + " (" + ownerColumn
                            + ", position, user_key, member_name, goods_fen, freight_fen)"
                            + " VALUES (:owner, :position, :user_key, :member_name, :goods_fen, :freight_fen)")
                    .bind("owner", ownerId)
                    .bind("position", position++)
                    .bind("user_key", key(s.member()))
                    .bind("member_name", s.memberName())
                    .bind("goods_fen", s.goodsFen())
                    .bind("freight_fen", s.freightFen())
                    .execute();
        }
    }

    static List<MemberShare> shares(Handle h, String table, String ownerColumn, long ownerId) {
        return h.createQuery("SELECT user_key, member_name, goods_fen, freight_fen FROM " + table
                        + " WHERE " + ownerColumn + " = :owner ORDER BY position")
                .bind("owner", ownerId)
                .map((rs, ctx) -> new MemberShare(user(rs.getString("user_key")), rs.getString("member_name"),
                        rs.getLong("goods_fen"), rs.getLong("freight_fen")))
                .list();
    }

    static void requireOne(int updated, String context, String what) {
        if (updated == 0) {
            throw StoreException.notFound(context, what);
        }
    }
}
