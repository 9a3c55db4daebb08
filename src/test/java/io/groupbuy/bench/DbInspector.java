package io.groupbuy.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the bot's SQLite file from the side, read-only (WAL lets it run beside the bot's writer):
 * what is left half-written after a fault, and whether the file is intact.
 */
final class DbInspector {
    private final String url;

    DbInspector(Path file) {
        this.url = "jdbc:sqlite:file:" + file.toAbsolutePath() + "?mode=ro";
    }

    /** Things that must not stay behind once a fault is over and reconciliation ran. */
    record Leftovers(int checkoutsPreparing, int checkoutsPlacing, int ordersPlacing, int frozenWithoutActiveCheckout,
                     int inboxPending, int inboxFailed, Map<String, Integer> checkoutStates,
                     Map<String, Integer> orderStates) {
        boolean clean() {
            return checkoutsPreparing == 0 && checkoutsPlacing == 0 && ordersPlacing == 0
                    && frozenWithoutActiveCheckout == 0 && inboxPending == 0;
        }

        String summary() {
            return String.format("checkouts PREPARING=%d PLACING=%d, orders PLACING=%d, carts frozen without an"
                            + " active checkout=%d, inbox pending=%d failed=%d; checkouts %s, orders %s",
                    checkoutsPreparing, checkoutsPlacing, ordersPlacing, frozenWithoutActiveCheckout, inboxPending,
                    inboxFailed, checkoutStates, orderStates);
        }
    }

    Leftovers leftovers() {
        Map<String, Integer> checkouts = counts("SELECT state, COUNT(*) FROM checkouts GROUP BY state");
        Map<String, Integer> orders = counts("SELECT status, COUNT(*) FROM orders GROUP BY status");
        int frozen = one("SELECT COUNT(*) FROM cart_state cs WHERE cs.state = 'FROZEN' AND NOT EXISTS ("
                + "SELECT 1 FROM checkouts c WHERE c.id = cs.checkout_id"
                + " AND c.state IN ('AWAITING_CONFIRMATION', 'PREPARING', 'PLACING'))");
        Map<String, Integer> inbox = counts("SELECT state, COUNT(*) FROM inbox GROUP BY state");
        return new Leftovers(checkouts.getOrDefault("PREPARING", 0), checkouts.getOrDefault("PLACING", 0),
                orders.getOrDefault("PLACING", 0), frozen, inbox.getOrDefault("PENDING", 0),
                inbox.getOrDefault("FAILED", 0), checkouts, orders);
    }

    /** {@code PRAGMA integrity_check}: "ok" when the file is intact. */
    String integrity() {
        List<String> rows = strings("PRAGMA integrity_check");
        return rows.isEmpty() ? "(no answer)" : String.join("; ", rows);
    }

    int one(String sql) {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getInt(1) : 0;
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    Map<String, Integer> counts(String sql) {
        Map<String, Integer> out = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getInt(2));
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    List<String> strings(String sql) {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }
}
