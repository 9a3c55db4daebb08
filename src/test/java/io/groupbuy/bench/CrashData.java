package io.groupbuy.bench;

import io.groupbuy.conversation.button.ButtonArgs;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What the bot's SQLite file holds at the end of the crash run (read-only, after the bot stopped). */
final class CrashData {
    /** A line of a product's SKU for a member: the model's key. {@code product} is "taobao:ID" or "1688:ID". */
    record LineKey(String user, String product, String sku) {
    }

    record CartRow(String chat, LineKey key, int quantity, long version, int minQuantity) {
    }

    record OrderRow(long id, String chat, String marketplace, String status, String clientKey, String upstreamId) {
    }

    record OrderLineRow(long orderId, LineKey key, int quantity) {
    }

    record Button(String token, String chat, String act, ButtonArgs args) {
    }

    final Map<String, Button> buttons = new HashMap<>();
    final List<CartRow> cart = new ArrayList<>();
    final List<OrderRow> orders = new ArrayList<>();
    final List<OrderLineRow> orderLines = new ArrayList<>();
    final Map<Long, InboxStats.Row> inbox;
    /** Checkout states by count, and chats whose cart is frozen by a checkout that is not awaiting the admin. */
    final Map<String, Integer> checkouts = new java.util.TreeMap<>();
    final List<String> stuckCarts = new ArrayList<>();

    private CrashData(Map<Long, InboxStats.Row> inbox) {
        this.inbox = inbox;
    }

    static CrashData read(Path db) throws SQLException {
        CrashData d = new CrashData(InboxStats.rows(db));
        try (Connection c = InboxStats.open(db); Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT token, chat_key, action, args FROM buttons")) {
                while (rs.next()) {
                    d.buttons.put(rs.getString(1), new Button(rs.getString(1), rs.getString(2), rs.getString(3),
                            ButtonArgs.decode(rs.getString(4))));
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT chat_key, user_key, marketplace, item_id, sku_key, quantity,"
                    + " version, min_quantity FROM cart_lines")) {
                while (rs.next()) {
                    d.cart.add(new CartRow(rs.getString(1), new LineKey(rs.getString(2),
                            rs.getString(3) + ":" + rs.getString(4), rs.getString(5)), rs.getInt(6), rs.getLong(7),
                            rs.getInt(8)));
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT id, chat_key, marketplace, status, client_key,"
                    + " upstream_order_id FROM orders")) {
                while (rs.next()) {
                    d.orders.add(new OrderRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6)));
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT state, COUNT(*) FROM checkouts GROUP BY state")) {
                while (rs.next()) {
                    d.checkouts.put(rs.getString(1), rs.getInt(2));
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT s.chat_key, c.state FROM cart_state s LEFT JOIN checkouts c"
                    + " ON c.id = s.checkout_id WHERE s.state = 'FROZEN'"
                    + " AND (c.state IS NULL OR c.state <> 'AWAITING_CONFIRMATION')")) {
                while (rs.next()) {
                    d.stuckCarts.add(rs.getString(1) + " (checkout " + rs.getString(2) + ")");
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT order_id, user_key, marketplace, item_id, sku_id, spec_id,"
                    + " quantity FROM order_lines")) {
                while (rs.next()) {
                    String spec = rs.getString(6);
                    String sku = spec != null && !spec.isBlank() ? spec : rs.getString(5);
                    d.orderLines.add(new OrderLineRow(rs.getLong(1), new LineKey(rs.getString(2),
                            rs.getString(3) + ":" + rs.getString(4), sku), rs.getInt(7)));
                }
            }
        }
        return d;
    }

    /** Right after a kill: the updates still pending, and which of them already had their effect claimed. */
    record AfterKill(int pending, int pendingWithEffect, int ordersPlacing, int checkoutsInFlight) {
    }

    static AfterKill afterKill(Path db) throws SQLException {
        try (Connection c = InboxStats.open(db); Statement st = c.createStatement()) {
            Set<String> pending = new HashSet<>();
            try (ResultSet rs = st.executeQuery(
                    "SELECT event_id FROM inbox WHERE source = 'telegram' AND state = 'PENDING'")) {
                while (rs.next()) {
                    pending.add("telegram:" + rs.getString(1));
                }
            }
            int withEffect = 0;
            try (ResultSet rs = st.executeQuery("SELECT op_key FROM applied_operations")) {
                while (rs.next()) {
                    if (pending.contains(rs.getString(1))) {
                        withEffect++;
                    }
                }
            }
            int placing = count(st, "SELECT COUNT(*) FROM orders WHERE status = 'PLACING'");
            int checkouts = count(st, "SELECT COUNT(*) FROM checkouts WHERE state IN ('PREPARING', 'PLACING')");
            return new AfterKill(pending.size(), withEffect, placing, checkouts);
        }
    }

    private static int count(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }
}
