package io.groupbuy.store;

import io.groupbuy.core.port.Transactions;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * The bot's database: opened from a JDBC URL ({@code BOT_DB_URL}, default {@link #DEFAULT_URL}),
 * migrated with Flyway, and used through {@link #transactions()}.
 *
 * <pre>{@code
 * try (Database db = Database.open(url)) {
 *     db.migrate();
 *     Transactions tx = db.transactions();
 *     ...
 * }
 * }</pre>
 *
 * File databases run in WAL mode with one writer connection and {@link SqliteSettings#readers()}
 * reader connections; {@code jdbc:sqlite::memory:} (tests) runs everything on one connection.
 */
public final class Database implements AutoCloseable {
    public static final String DEFAULT_URL = "jdbc:sqlite:data/groupbuy.db";
    static final String MIGRATIONS = "classpath:db/migration";

    /**
     * Flyway placeholders that keep the migration scripts portable: the one construct SQLite and
     * PostgreSQL spell differently is a generated, never-reused row id.
     */
    static final Map<String, String> SQLITE_PLACEHOLDERS = Map.of(
            "identity", "INTEGER PRIMARY KEY AUTOINCREMENT");

    /** Writers that queue up while one commits share the next commit, up to this many. */
    static final int MAX_BATCH = 32;

    private final SqliteConnections connections;
    private final GroupCommitWriter writer;
    private final JdbiTransactions transactions;

    private Database(SqliteConnections connections) {
        this.connections = connections;
        // An in-memory database has no fsync to share, and its reads go through the writer.
        this.writer = new GroupCommitWriter(connections.writer(), !connections.readsUseWriter(), MAX_BATCH,
                connections.settings().lockTimeout());
        this.transactions = new JdbiTransactions(connections, writer);
    }

    /** Opens (creating the file and its folder if missing) with {@link SqliteSettings#DEFAULT}; does not migrate. */
    public static Database open(String jdbcUrl) {
        return open(jdbcUrl, SqliteSettings.DEFAULT);
    }

    public static Database open(String jdbcUrl, SqliteSettings settings) {
        return new Database(new SqliteConnections(SqliteUrl.parse(jdbcUrl), settings));
    }

    /** Applies every pending migration (the {@code migrate} command, and every start of {@code run}). */
    public MigrationReport migrate() {
        return migrateTo(null);
    }

    /** Migrates up to and including {@code targetVersion} ("1", "2"…); null means the latest. */
    MigrationReport migrateTo(String targetVersion) {
        return writer.exclusive("migrate", () -> {
            Connection c = writer.connection();
            try {
                var config = Flyway.configure(Database.class.getClassLoader())
                        .dataSource(new BorrowedConnectionDataSource(c))
                        .locations(MIGRATIONS)
                        .placeholders(SQLITE_PLACEHOLDERS)
                        .cleanDisabled(true);
                if (targetVersion != null) {
                    config.target(targetVersion);
                }
                MigrateResult result = config.load().migrate();
                return new MigrationReport(result.initialSchemaVersion, result.targetSchemaVersion,
                        result.migrationsExecuted);
            } catch (FlywayException e) {
                // Flyway's message is a multi-line report; its first line and SQLite's code say enough.
                String first = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
                StoreException failure = new StoreException(StoreException.kindOf(e), "migrate "
                        + connections.url().jdbcUrl(), first, e);
                throw new StoreException(failure.kind(), failure.context(), first
                        + failure.resultCode().map(code -> " [" + code + "]").orElse(""), e)
                        .diagnosed(connections.url().file());
            } finally {
                leaveAutoCommit(c);
            }
        });
    }

    private static void leaveAutoCommit(Connection c) {
        try {
            if (!c.getAutoCommit()) {
                c.rollback();
                c.setAutoCommit(true);
            }
        } catch (SQLException ignored) {
            // the next write reports the connection's state itself
        }
    }

    public Transactions transactions() {
        return transactions;
    }

    /** Health check: true when a query answers (through a reader, so a long write does not fail it). */
    public boolean ping() {
        if (connections.isClosed()) {
            return false;
        }
        try {
            return transactions.read(stores -> ((JdbiStores) stores).handle()
                    .createQuery("SELECT 1").mapTo(Integer.class).one()) == 1;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Whether the database can be used, and if not, why in words an operator can act on. */
    public record Health(boolean ok, String detail) {
    }

    /**
     * Reads must answer, and writes too once one has failed for a storage reason (full, read-only):
     * then a small write is tried, so the check turns healthy again as soon as the disk is fixed. A
     * healthy database is never written to by the check.
     */
    public Health health() {
        if (connections.isClosed()) {
            return new Health(false, "the database is closed");
        }
        if (transactions.storageTrouble() != null) {
            try {
                transactions.write(stores -> ((JdbiStores) stores).handle().createUpdate(
                                "INSERT INTO bot_settings (name, value, updated_at) VALUES ('health_probe', :at, :at)"
                                        + " ON CONFLICT (name) DO UPDATE SET value = excluded.value,"
                                        + " updated_at = excluded.updated_at")
                        .bind("at", System.currentTimeMillis()).execute());
            } catch (StoreException e) {
                return new Health(false, "cannot write: " + e.getMessage());
            }
        }
        return ping() ? new Health(true, "ok") : new Health(false, "database not answering");
    }

    /**
     * A value the bot makes for itself once and keeps (e.g. the PandaPon callback token): the stored
     * value, or {@code candidate} stored now if there was none.
     */
    public String settingOrInit(String name, String candidate, java.time.Instant at) {
        return transactions.write(stores -> {
            org.jdbi.v3.core.Handle h = ((JdbiStores) stores).handle();
            h.createUpdate("INSERT INTO bot_settings (name, value, updated_at) VALUES (:n, :v, :at)"
                            + " ON CONFLICT (name) DO NOTHING")
                    .bind("n", name).bind("v", candidate).bind("at", at.toEpochMilli()).execute();
            return h.createQuery("SELECT value FROM bot_settings WHERE name = :n").bind("n", name)
                    .mapTo(String.class).one();
        });
    }

    /** How many writes were committed in how many commits (group commit at work; for metrics). */
    public WriterStats writerStats() {
        return writer.stats();
    }

    /** The URL this database was opened with. */
    public String url() {
        return connections.url().jdbcUrl();
    }

    /**
     * Waits (up to the lock timeout) for a running write, commits what is pending, then closes every
     * connection; the last one to close checkpoints the WAL into the database file.
     */
    @Override
    public void close() {
        writer.close();
        connections.close();
    }
}
