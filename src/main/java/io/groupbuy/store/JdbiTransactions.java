package io.groupbuy.store;

import io.groupbuy.core.port.Stores;
import io.groupbuy.core.port.Transactions;
import java.sql.Connection;
import java.util.function.Function;
import org.jdbi.v3.core.ConnectionFactory;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Handles;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.statement.StatementException;
import org.jdbi.v3.core.statement.StatementExceptions;
import org.jdbi.v3.sqlite3.SQLitePlugin;

/**
 * {@link Transactions} over SQLite. A write runs on the caller's thread as one atomic unit on the one
 * writer connection ({@link GroupCommitWriter}: serialised, IMMEDIATE transaction, a savepoint per
 * unit) and returns once committed. A read runs in a deferred transaction on a query-only reader
 * connection, so it sees one consistent snapshot and neither blocks nor waits for the writer.
 *
 * <p>Exceptions thrown by the work come out unchanged and undo everything the work did. SQL failures
 * come out as {@link StoreException}. A call made on a thread already inside a transaction joins it:
 * a read or write inside a write shares the outer write; a write inside a read is refused with
 * IllegalStateException.
 */
public final class JdbiTransactions implements Transactions {
    private final SqliteConnections connections;
    private final GroupCommitWriter writer;
    private final Jdbi writerJdbi;
    private final Jdbi readerJdbi;
    private final ThreadLocal<Scope> current = new ThreadLocal<>();
    /** The last write's failure when the storage itself was the trouble (full, read-only); null once one succeeds. */
    private volatile StoreException storageTrouble;

    private record Scope(Stores stores, boolean writable) {
    }

    JdbiTransactions(SqliteConnections connections, GroupCommitWriter writer) {
        this.connections = connections;
        this.writer = writer;
        this.writerJdbi = configure(Jdbi.create(new ConnectionFactory() {
            @Override
            public Connection openConnection() {
                return writer.connection();
            }

            @Override
            public void closeConnection(Connection c) {
                // the writer connection lives as long as the database
            }
        }));
        // Units run inside the writer's transaction, which the writer (not the handle) ends.
        writerJdbi.getConfig(Handles.class).setForceEndTransactions(false);
        this.readerJdbi = configure(Jdbi.create(new ConnectionFactory() {
            @Override
            public Connection openConnection() {
                return connections.takeReader("read transaction");
            }

            @Override
            public void closeConnection(Connection c) {
                connections.returnReader(c);
            }
        }));
    }

    @Override
    public <T> T write(Function<Stores, T> work) {
        Scope outer = current.get();
        if (outer != null) {
            if (!outer.writable()) {
                throw new IllegalStateException("write() called inside read(); open the write transaction first");
            }
            return work.apply(outer.stores());
        }
        try {
            T result = writer.write("write transaction", () -> {
                try (Handle h = writerJdbi.open()) {
                    return inScope(new Scope(new JdbiStores(h), true), work);
                }
            });
            storageTrouble = null;
            return result;
        } catch (JdbiException e) {
            throw trouble(translate("write transaction", e));
        } catch (StoreException e) {
            throw trouble(e);
        }
    }

    /** Remembers (and explains) a failure of the storage itself, for the health check. */
    private StoreException trouble(StoreException e) {
        if (!e.isStorageTrouble()) {
            return e;
        }
        StoreException explained = e.diagnosed(connections.url().file());
        storageTrouble = explained;
        return explained;
    }

    /** Why writes fail at the moment, or null when the last write went through. */
    StoreException storageTrouble() {
        return storageTrouble;
    }

    @Override
    public <T> T read(Function<Stores, T> work) {
        Scope outer = current.get();
        if (outer != null) {
            return work.apply(outer.stores());
        }
        try {
            if (connections.readsUseWriter()) {
                return writer.exclusive("read transaction", () -> readOnWriter(work));
            }
            try (Handle h = readerJdbi.open()) {
                return h.inTransaction(tx -> inScope(new Scope(new JdbiStores(tx), false), work));
            }
        } catch (JdbiException e) {
            throw translate("read transaction", e);
        }
    }

    /**
     * In-memory databases have one connection; it is made query-only inside the transaction (before
     * BEGIN it would refuse the BEGIN IMMEDIATE itself) and writable again before the commit.
     */
    private <T> T readOnWriter(Function<Stores, T> work) {
        try (Handle h = writerJdbi.open()) {
            return h.inTransaction(tx -> {
                tx.execute("PRAGMA query_only = 1");
                try {
                    return inScope(new Scope(new JdbiStores(tx), false), work);
                } finally {
                    tx.execute("PRAGMA query_only = 0");
                }
            });
        }
    }

    private <T> T inScope(Scope scope, Function<Stores, T> work) {
        current.set(scope);
        try {
            return work.apply(scope.stores());
        } finally {
            current.remove();
        }
    }

    /** Runs raw SQL work on the writer outside any batch (migration tests, health checks). */
    <T> T withWriterHandle(Function<Handle, T> work) {
        try {
            return writer.exclusive("writer", () -> {
                try (Handle h = writerJdbi.open()) {
                    return work.apply(h);
                }
            });
        } catch (JdbiException e) {
            throw translate("writer", e);
        }
    }

    static StoreException translate(String context, JdbiException e) {
        String detail = e.getCause() != null && e.getCause().getMessage() != null
                ? e.getCause().getMessage() : e.getClass().getSimpleName();
        if (e instanceof StatementException se && se.getStatementContext() != null
                && se.getStatementContext().getRawSql() != null) {
            detail = detail + " [sql: " + abbreviate(se.getStatementContext().getRawSql()) + "]";
        }
        return new StoreException(StoreException.kindOf(e), context, detail, e);
    }

    private static String abbreviate(String sql) {
        String oneLine = sql.replaceAll("\\s+", " ").trim();
        return oneLine.length() <= 200 ? oneLine : oneLine.substring(0, 200) + "…";
    }

    private static Jdbi configure(Jdbi jdbi) {
        jdbi.installPlugin(new SQLitePlugin());
        // Our messages carry the SQL; Jdbi's would also carry the bound values (payloads, names).
        jdbi.getConfig(StatementExceptions.class).setMessageRendering(StatementExceptions.MessageRendering.NONE);
        return jdbi;
    }
}
