package io.groupbuy.store;

import io.groupbuy.core.port.Stores;
import io.groupbuy.core.port.Transactions;
import java.sql.Connection;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.spi.JdbiPlugin;
import org.jdbi.v3.core.statement.StatementException;
import org.jdbi.v3.core.statement.StatementExceptions;
import org.jdbi.v3.core.ConnectionFactory;
import org.jdbi.v3.sqlite3.SQLitePlugin;

/**
 * {@link Transactions} over SQLite. A write takes the one writer connection (waiting in a fair queue),
 * opens an IMMEDIATE transaction, runs the work and commits; any exception rolls it back. A read runs
 * in a deferred transaction on a query-only reader connection, so it sees one consistent snapshot and
 * never blocks or is blocked by the writer.
 *
 * <p>Exceptions thrown by the work come out unchanged. SQL failures come out as {@link StoreException}.
 * A call made on a thread that is already inside a transaction joins it: a read or write inside a write
 * sees and shares the outer transaction; a write inside a read is refused with IllegalStateException.
 */
public final class JdbiTransactions implements Transactions {
    private final SqliteConnections connections;
    private final Jdbi writerJdbi;
    private final Jdbi readerJdbi;
    private final ThreadLocal<Scope> current = new ThreadLocal<>();

    private record Scope(Stores stores, boolean writable) {
    }

    JdbiTransactions(SqliteConnections connections) {
        this.connections = connections;
        this.writerJdbi = configure(Jdbi.create(new ConnectionFactory() {
            @Override
            public Connection openConnection() {
                return connections.heldWriter();
            }

            @Override
            public void closeConnection(Connection c) {
                // the writer stays open; its lock is released by the caller
            }
        }));
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
        connections.lockWriter("write transaction");
        try (Handle h = writerJdbi.open()) {
            return inTransaction(h, work, true);
        } catch (JdbiException e) {
            throw translate("write transaction", e);
        } finally {
            connections.unlockWriter();
        }
    }

    @Override
    public <T> T read(Function<Stores, T> work) {
        Scope outer = current.get();
        if (outer != null) {
            return work.apply(outer.stores());
        }
        if (connections.readsUseWriter()) {
            return readOnWriter(work);
        }
        try (Handle h = readerJdbi.open()) {
            return inTransaction(h, work, false);
        } catch (JdbiException e) {
            throw translate("read transaction", e);
        }
    }

    /**
     * In-memory databases have one connection; it is made query-only inside the transaction (before
     * BEGIN it would refuse the BEGIN IMMEDIATE itself) and writable again before the commit.
     */
    private <T> T readOnWriter(Function<Stores, T> work) {
        connections.lockWriter("read transaction");
        try (Handle h = writerJdbi.open()) {
            return inTransaction(h, work, false, true);
        } catch (JdbiException e) {
            throw translate("read transaction", e);
        } finally {
            connections.unlockWriter();
        }
    }

    private <T> T inTransaction(Handle h, Function<Stores, T> work, boolean writable) {
        return inTransaction(h, work, writable, false);
    }

    private <T> T inTransaction(Handle h, Function<Stores, T> work, boolean writable, boolean queryOnlyWhileRunning) {
        return h.inTransaction(tx -> {
            Scope scope = new Scope(new JdbiStores(tx), writable);
            current.set(scope);
            if (queryOnlyWhileRunning) {
                tx.execute("PRAGMA query_only = 1");
            }
            try {
                return work.apply(scope.stores());
            } finally {
                current.remove();
                if (queryOnlyWhileRunning) {
                    tx.execute("PRAGMA query_only = 0");
                }
            }
        });
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
        JdbiPlugin sqlite = new SQLitePlugin();
        jdbi.installPlugin(sqlite);
        // Our own messages carry the SQL; Jdbi's would also carry bound values (payloads, names).
        jdbi.getConfig(StatementExceptions.class).setMessageRendering(StatementExceptions.MessageRendering.NONE);
        return jdbi;
    }
}
