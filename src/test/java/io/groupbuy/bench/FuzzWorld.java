package io.groupbuy.bench;

import io.groupbuy.conversation.ConversationDeps;
import io.groupbuy.conversation.GroupBuyConversation;
import io.groupbuy.conversation.i18n.Messages;
import io.groupbuy.core.Channel;
import io.groupbuy.core.ChatId;
import io.groupbuy.core.ExchangeRates;
import io.groupbuy.core.Language;
import io.groupbuy.core.UserId;
import io.groupbuy.core.cart.CartLimits;
import io.groupbuy.core.cart.CartService;
import io.groupbuy.core.chat.ChatDefaults;
import io.groupbuy.core.chat.ChatService;
import io.groupbuy.core.checkout.CheckoutService;
import io.groupbuy.core.order.OrderBook;
import io.groupbuy.core.order.OrderPlacement;
import io.groupbuy.core.order.OrderUpdates;
import io.groupbuy.core.port.PlatformAdmins;
import io.groupbuy.links.ProductLinks;
import io.groupbuy.store.Database;
import io.groupbuy.store.SqliteSettings;
import io.groupbuy.testing.FakeMarketplace;
import io.groupbuy.testing.line.MutableClock;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The real conversation engine over the real core and a real SQLite file, with the fake marketplace
 * and the offline link parser (nothing leaves the machine); plus a side connection that reads back
 * what each event changed, for the model checks.
 */
final class FuzzWorld implements AutoCloseable {
    static final List<String> PRODUCT_IDS = List.of("672991141190", "612345678901", "598765432109", "633333333333",
            "706627393257", "712345678901", "798765432109");

    final MutableClock clock = MutableClock.at(Instant.parse("2026-06-01T08:00:00Z"));
    final Database db;
    final FakeMarketplace market = new FakeMarketplace();
    final GroupBuyConversation engine;
    /** Telegram group admins, as getChatAdministrators would say. */
    final Set<UserId> telegramAdmins = ConcurrentHashMap.newKeySet();
    private final Connection side;

    FuzzWorld(Path dir) throws SQLException {
        Path file = dir.resolve("fuzz.db");
        db = Database.open("jdbc:sqlite:" + file, SqliteSettings.DEFAULT.withSynchronousFull(false));
        db.migrate();
        for (String id : PRODUCT_IDS) {
            market.add(id.startsWith("7") ? FakeMarketplace.offer(id) : FakeMarketplace.tshirt(id));
        }
        ExchangeRates rates = new ExchangeRates(Map.of("THB", 5_000_000L, "USD", 140_000L, "EUR", 130_000L));
        PlatformAdmins admins = (chat, user) -> chat.channel() == Channel.TELEGRAM
                ? Optional.of(telegramAdmins.contains(user)) : Optional.empty();
        var tx = db.transactions();
        ChatService chats = new ChatService(tx, admins, Set.of(), new ChatDefaults("THB", Language.TH, Language.EN),
                rates, clock);
        CartService carts = new CartService(tx, CartLimits.DEFAULT, clock);
        CheckoutService checkouts = new CheckoutService(tx, market, rates, clock);
        OrderPlacement placement = new OrderPlacement(tx, market, clock);
        OrderUpdates updates = new OrderUpdates(tx, market, placement, clock);
        engine = new GroupBuyConversation(new ConversationDeps(chats, carts, checkouts, placement, updates,
                new OrderBook(tx), market, ProductLinks.offline(), tx, rates, Messages.bundled(), clock, "FuzzBot",
                ConversationDeps.DEFAULT_SEARCH_LIMIT, ConversationDeps.DEFAULT_PRODUCT_CACHE_TTL));
        side = DriverManager.getConnection("jdbc:sqlite:file:" + file + "?mode=ro");
    }

    /** A cart line as the model sees it. */
    record Line(long id, String user, int quantity) {
    }

    /** What one chat holds that only permitted actors may change. */
    record ChatState(Set<String> admins, Map<Long, Line> lines, Map<Long, String> checkouts,
                     Map<Long, String> orders) {
    }

    ChatState state(ChatId chat) {
        String key = chat.key();
        Map<Long, Line> lines = new TreeMap<>();
        query("SELECT id, user_key, quantity FROM cart_lines WHERE chat_key = ?", key,
                rs -> lines.put(rs.getLong(1), new Line(rs.getLong(1), rs.getString(2), rs.getInt(3))));
        Map<Long, String> checkouts = new TreeMap<>();
        query("SELECT id, state FROM checkouts WHERE chat_key = ?", key,
                rs -> checkouts.put(rs.getLong(1), rs.getString(2)));
        Map<Long, String> orders = new TreeMap<>();
        query("SELECT id, status FROM orders WHERE chat_key = ?", key, rs -> orders.put(rs.getLong(1), rs.getString(2)));
        Set<String> admins = new java.util.TreeSet<>();
        query("SELECT user_key FROM chat_admins WHERE chat_key = ?", key, rs -> admins.add(rs.getString(1)));
        return new ChatState(admins, lines, checkouts, orders);
    }

    /**
     * One fingerprint per chat of everything the model guards (admins, lines, checkouts, orders), in
     * four grouped queries: the chats an event must not have touched are compared by it.
     */
    Map<String, String> fingerprints() {
        Map<String, StringBuilder> fp = new HashMap<>();
        String[] queries = {
            "SELECT chat_key, COUNT(*) || ':' || TOTAL(id * 7 + quantity) || ':' || TOTAL(length(user_key))"
                    + " FROM cart_lines GROUP BY chat_key",
            "SELECT chat_key, COUNT(*) || ':' || TOTAL(id * length(state)) FROM checkouts GROUP BY chat_key",
            "SELECT chat_key, COUNT(*) || ':' || TOTAL(id * length(status)) FROM orders GROUP BY chat_key",
            "SELECT chat_key, COUNT(*) || ':' || TOTAL(length(user_key) * 31 + unicode(user_key))"
                    + " FROM chat_admins GROUP BY chat_key"};
        for (int i = 0; i < queries.length; i++) {
            int part = i;
            try (Statement s = side.createStatement(); ResultSet rs = s.executeQuery(queries[i])) {
                while (rs.next()) {
                    fp.computeIfAbsent(rs.getString(1), k -> new StringBuilder()).append(part).append('=')
                            .append(rs.getString(2)).append(';');
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        Map<String, String> out = new HashMap<>();
        fp.forEach((k, v) -> out.put(k, v.toString()));
        return out;
    }

    /** What the run left in the store, for the report. */
    Map<String, Integer> totals() {
        Map<String, Integer> out = new java.util.LinkedHashMap<>();
        String[][] queries = {{"cart lines", "SELECT COUNT(*) FROM cart_lines"},
            {"checkouts", "SELECT COUNT(*) FROM checkouts"}, {"orders", "SELECT COUNT(*) FROM orders"},
            {"named admins", "SELECT COUNT(*) FROM chat_admins"}, {"members seen", "SELECT COUNT(*) FROM members"},
            {"buttons", "SELECT COUNT(*) FROM buttons"}};
        for (String[] q : queries) {
            try (Statement s = side.createStatement(); ResultSet rs = s.executeQuery(q[1])) {
                out.put(q[0], rs.next() ? rs.getInt(1) : 0);
            } catch (SQLException e) {
                out.put(q[0], -1);
            }
        }
        return out;
    }

    String integrity() {
        List<String> rows = new ArrayList<>();
        try (Statement s = side.createStatement(); ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        } catch (SQLException e) {
            return e.getMessage();
        }
        return String.join("; ", rows);
    }

    private interface Row {
        void accept(ResultSet rs) throws SQLException;
    }

    private void query(String sql, String key, Row row) {
        try (PreparedStatement ps = side.prepareStatement(sql)) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    row.accept(rs);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() throws SQLException {
        side.close();
        db.close();
    }
}
