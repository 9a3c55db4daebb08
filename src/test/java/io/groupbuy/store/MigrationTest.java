package io.groupbuy.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.groupbuy.core.CartLine;
import io.groupbuy.core.Chat;
import io.groupbuy.core.Language;
import io.groupbuy.core.Member;
import io.groupbuy.core.Order;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Migrations from an empty database and from a populated database at the first version, upgraded one
 * version at a time. Nothing here names a version after V1, so each new migration is covered as it
 * arrives: rows written at V1 must survive every step, and the upgraded schema must equal a fresh one.
 */
class MigrationTest {
    private static final Pattern VERSIONED = Pattern.compile("V(\\d+(?:[._]\\d+)*)__.+\\.sql");

    @TempDir
    Path dir;

    static List<String> versions() throws IOException, URISyntaxException {
        Path folder = Path.of(MigrationTest.class.getClassLoader().getResource("db/migration").toURI());
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> VERSIONED.matcher(p.getFileName().toString()))
                    .filter(Matcher::matches)
                    .map(m -> m.group(1).replace('_', '.'))
                    .sorted(Comparator.comparing(MigrationTest::versionKey))
                    .toList();
        }
    }

    private static String versionKey(String version) {
        StringBuilder key = new StringBuilder();
        for (String part : version.split("\\.")) {
            key.append(String.format("%010d", Long.parseLong(part)));
        }
        return key.toString();
    }

    private static <T> T raw(Database db, java.util.function.Function<Handle, T> work) {
        return ((JdbiTransactions) db.transactions()).withWriterHandle(work);
    }

    private static List<String> schema(Database db) {
        return raw(db, h -> h.createQuery("SELECT type || ' ' || name || ': ' || COALESCE(sql, '') FROM sqlite_master"
                        + " WHERE name NOT LIKE 'sqlite_%' AND name NOT LIKE 'flyway_%' ORDER BY type, name")
                .mapTo(String.class).list());
    }

    @Test
    void emptyDatabaseMigratesToTheLatestVersion() throws Exception {
        List<String> versions = versions();
        try (Database db = Database.open("jdbc:sqlite:" + dir.resolve("fresh.db"))) {
            MigrationReport report = db.migrate();

            assertThat(report.fromVersion()).isNull();
            assertThat(report.toVersion()).isEqualTo(versions.get(versions.size() - 1));
            assertThat(report.applied()).isEqualTo(versions.size());
            List<String> tables = raw(db, h -> h.createQuery("SELECT name FROM sqlite_master WHERE type = 'table'")
                    .mapTo(String.class).list());
            assertThat(tables).contains("chats", "members", "chat_admins", "cart_state", "cart_lines", "checkouts",
                    "checkout_lines", "checkout_parts", "orders", "order_lines", "order_shares", "order_history",
                    "price_changes", "price_change_shares", "refunds", "refund_shares", "inbox",
                    "applied_operations", "buttons", "flyway_schema_history");
        }
    }

    @Test
    void populatedFirstVersionDatabaseKeepsItsDataThroughEveryLaterVersion() throws Exception {
        List<String> versions = versions();
        List<String> freshSchema;
        try (Database fresh = Database.open("jdbc:sqlite::memory:")) {
            fresh.migrate();
            freshSchema = schema(fresh);
        }

        try (Database db = Database.open("jdbc:sqlite:" + dir.resolve("old.db"))) {
            assertThat(db.migrateTo(versions.get(0)).toVersion()).isEqualTo(versions.get(0));
            insertFirstVersionRows(db);

            for (String version : versions.subList(1, versions.size())) {
                MigrationReport step = db.migrateTo(version);
                assertThat(step.toVersion()).isEqualTo(version);
                assertThat(step.applied()).isEqualTo(1);
                int lines = raw(db, h -> h.createQuery("SELECT COUNT(*) FROM cart_lines").mapTo(Integer.class).one());
                assertThat(lines).isEqualTo(1);
            }
            assertThat(db.migrate().applied()).isZero();
            assertThat(schema(db)).isEqualTo(freshSchema);
            assertFirstVersionRowsReadable(db);
        }
    }

    /** Rows as V1 defines them, written with V1's own columns (not through today's stores). */
    private static void insertFirstVersionRows(Database db) {
        raw(db, h -> {
            h.execute("INSERT INTO chats (chat_key, title, language, language_chosen, currency, active, created_at)"
                    + " VALUES ('telegram:-1001234567890', 'Old group', 'th', 1, 'THB', 1, 1700000000000)");
            h.execute("INSERT INTO members (chat_key, user_key, display_name, first_seen_at, last_seen_at)"
                    + " VALUES ('telegram:-1001234567890', 'telegram:111', 'Alice', 1700000000000, 1700000001000)");
            h.execute("INSERT INTO cart_state (chat_key, state, checkout_id, changed_at)"
                    + " VALUES ('telegram:-1001234567890', 'OPEN', NULL, 1700000000000)");
            h.execute("INSERT INTO cart_lines (chat_key, user_key, member_name, marketplace, item_id, sku_key, map_id,"
                    + " mp_id, sku_id, mp_sku_id, spec_id, title, sku_description, picture_url, unit_price_fen,"
                    + " quantity, min_quantity, added_at, updated_at, version) VALUES ('telegram:-1001234567890',"
                    + " 'telegram:111', 'Alice', '1688', '7066273932571234567', 'spec-9', NULL, NULL, NULL, NULL,"
                    + " 'spec-9', 'Dress', 'Red', NULL, 12345, 2, 1, 1700000000000, 1700000000000, 1)");
            return null;
        });
    }

    private static void assertFirstVersionRowsReadable(Database db) {
        var chat = ContractFixtures.CHAT;
        Optional<Chat> found = db.transactions().read(s -> s.chats().find(chat));
        assertThat(found).get().extracting(Chat::title, Chat::language).containsExactly("Old group", Language.TH);
        List<Member> members = db.transactions().read(s -> s.chats().members(chat));
        assertThat(members).extracting(Member::displayName).containsExactly("Alice");
        List<CartLine> lines = db.transactions().read(s -> s.carts().lines(chat));
        assertThat(lines).singleElement().satisfies(l -> {
            assertThat(l.sku().product().itemId()).isEqualTo("7066273932571234567");
            assertThat(l.quantity()).isEqualTo(2);
            assertThat(l.unitPriceFen()).isEqualTo(12345);
        });
        Order order = db.transactions().write(s -> {
            long checkout = s.checkouts().insert(ContractFixtures.checkout(chat, io.groupbuy.core.CheckoutState.DONE)).id();
            return s.orders().insert(ContractFixtures.order(chat, checkout, "after-upgrade"));
        });
        assertThat(order.number()).isEqualTo(1);
    }
}
