package io.groupbuy.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.sqlite.JDBC;
import org.sqlite.SQLiteConfig;

/**
 * The connections to one SQLite database: exactly one writer (SQLite allows one writer at a time;
 * {@link GroupCommitWriter} queues writers in Java instead of letting them spin on SQLITE_BUSY), whose
 * transactions begin IMMEDIATE, and a few query-only readers that WAL lets run beside it. An in-memory
 * database exists once per connection, so there every read also goes through the writer.
 */
final class SqliteConnections implements AutoCloseable {
    private final SqliteUrl url;
    private final SqliteSettings settings;
    private final Connection writer;
    private final List<Connection> readers = new ArrayList<>();
    private final BlockingQueue<Connection> idleReaders;
    private volatile boolean closed;

    SqliteConnections(SqliteUrl url, SqliteSettings settings) {
        this.url = url;
        this.settings = settings;
        url.createParentDirectory();
        this.writer = connect(SQLiteConfig.TransactionMode.IMMEDIATE, false);
        int readerCount = url.inMemory() ? 0 : settings.readers();
        this.idleReaders = new ArrayBlockingQueue<>(Math.max(1, readerCount));
        try {
            for (int i = 0; i < readerCount; i++) {
                Connection reader = connect(SQLiteConfig.TransactionMode.DEFERRED, true);
                readers.add(reader);
                idleReaders.add(reader);
            }
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    boolean readsUseWriter() {
        return url.inMemory();
    }

    SqliteUrl url() {
        return url;
    }

    /** The writer connection; only {@link GroupCommitWriter} uses it. */
    Connection writer() {
        return writer;
    }

    SqliteSettings settings() {
        return settings;
    }

    Connection takeReader(String context) {
        ensureOpen(context);
        try {
            Connection c = idleReaders.poll(settings.lockTimeout().toMillis(), TimeUnit.MILLISECONDS);
            if (c == null) {
                throw new StoreException(StoreException.Kind.BUSY, context,
                        "no reader connection came free in " + settings.lockTimeout(), null);
            }
            return c;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException(StoreException.Kind.BUSY, context, "interrupted waiting for a reader", e);
        }
    }

    void returnReader(Connection c) {
        idleReaders.add(c);
    }

    /** Closes every connection; the caller has stopped the writer first. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        for (Connection reader : readers) {
            closeQuietly(reader);
        }
        // The last connection to close checkpoints the WAL into the database file.
        closeQuietly(writer);
    }

    boolean isClosed() {
        return closed;
    }

    private void ensureOpen(String context) {
        if (closed) {
            throw new StoreException(StoreException.Kind.CLOSED, context, "the database is closed", null);
        }
    }

    private Connection connect(SQLiteConfig.TransactionMode mode, boolean queryOnly) {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(settings.synchronousFull()
                ? SQLiteConfig.SynchronousMode.FULL : SQLiteConfig.SynchronousMode.NORMAL);
        config.setBusyTimeout(Math.toIntExact(settings.busyTimeout().toMillis()));
        config.enforceForeignKeys(true);
        config.setTransactionMode(mode);
        Properties properties = config.toProperties();
        url.pragmas().forEach(properties::setProperty);
        try {
            Connection c = JDBC.createConnection(url.connectUrl(), properties);
            if (queryOnly) {
                try (Statement s = c.createStatement()) {
                    s.execute("PRAGMA query_only = 1");
                }
            }
            return c;
        } catch (SQLException e) {
            throw new StoreException(StoreException.kindOf(e), "open " + url.connectUrl(), e.getMessage(), e)
                    .diagnosed(url.file());
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // closing is best effort; nothing is left to protect
        }
    }
}
