package io.groupbuy.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import org.sqlite.SQLiteConfig;

/**
 * Reads the bot's SQLite file (read-only; WAL lets it do so while the bot runs): the Telegram inbox rows
 * with their arrival and completion times, which give handled-per-second and per-update latencies exactly.
 */
final class InboxStats {
    /** One inbox row: when the bot recorded the update and when it finished it (epoch ms), and its state. */
    record Row(long updateId, long receivedAt, long updatedAt, String state, int attempts) {
    }

    private InboxStats() {
    }

    static Connection open(Path db) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(10_000);
        return config.createConnection("jdbc:sqlite:" + db.toAbsolutePath());
    }

    /** update_id → row, for every Telegram update the bot recorded. */
    static Map<Long, Row> rows(Path db) throws SQLException {
        Map<Long, Row> rows = new HashMap<>();
        try (Connection c = open(db); PreparedStatement st = c.prepareStatement(
                "SELECT event_id, received_at, updated_at, state, attempts FROM inbox WHERE source = 'telegram'");
             ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                long id = Long.parseLong(rs.getString(1));
                rows.put(id, new Row(id, rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getInt(5)));
            }
        }
        return rows;
    }

    /** How many Telegram updates are in each state now. */
    static Map<String, Long> states(Path db) throws SQLException {
        Map<String, Long> states = new HashMap<>();
        try (Connection c = open(db); PreparedStatement st = c.prepareStatement(
                "SELECT state, COUNT(*) FROM inbox WHERE source = 'telegram' GROUP BY state");
             ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                states.put(rs.getString(1), rs.getLong(2));
            }
        }
        return states;
    }
}
