package io.groupbuy.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The one writer connection and the order in which work reaches it (group commit).
 *
 * <p>Each unit of work runs on its caller's thread, alone on the connection (a fair lock), inside a
 * SAVEPOINT of the current IMMEDIATE transaction: a unit that throws is rolled back to its savepoint
 * and takes nothing else with it. When no other writer is queued (or the batch is full) the unit's
 * thread commits; otherwise the next writer joins the same transaction and the commit comes a little
 * later. Every {@link #write} returns only after the transaction holding its unit committed, so one
 * fsync (synchronous=FULL) covers every writer that queued up meanwhile instead of one each.
 *
 * <p>If a commit fails, every unit of that batch fails with a {@link StoreException}; none of it is
 * stored. A waiting writer whose batch was left open (its successor gave up) commits it itself.
 */
final class GroupCommitWriter {
    private static final Duration WAIT_STEP = Duration.ofMillis(50);

    private final Connection connection;
    private final boolean grouping;
    private final int maxBatch;
    private final Duration lockTimeout;
    private final ReentrantLock lock = new ReentrantLock(true);
    private Batch open;
    private boolean closed;
    private final AtomicLong committedUnits = new AtomicLong();
    private final AtomicLong commits = new AtomicLong();

    private static final class Batch {
        private final CountDownLatch done = new CountDownLatch(1);
        private int units;
        private SQLException broken;
        private volatile StoreException failure;

        void complete(StoreException f) {
            failure = f;
            done.countDown();
        }
    }

    GroupCommitWriter(Connection connection, boolean grouping, int maxBatch, Duration lockTimeout) {
        this.connection = connection;
        this.grouping = grouping;
        this.maxBatch = maxBatch;
        this.lockTimeout = lockTimeout;
    }

    /** The writer connection, for the thread running a unit or exclusive work. */
    Connection connection() {
        if (!lock.isHeldByCurrentThread()) {
            throw new IllegalStateException("the writer connection is used outside a write");
        }
        return connection;
    }

    /** Runs {@code unit} atomically and returns its result once it is committed. */
    <T> T write(String context, Supplier<T> unit) {
        acquire(context);
        Batch batch;
        T result = null;
        Throwable failure = null;
        try {
            batch = open != null ? open : begin(context);
            try {
                execute("SAVEPOINT unit");
                try {
                    result = unit.get();
                    execute("RELEASE unit");
                    batch.units++;
                } catch (Throwable t) {
                    failure = t;
                    execute("ROLLBACK TO unit");
                    execute("RELEASE unit");
                }
            } catch (SQLException e) {
                batch.broken = e;
                failure = failure != null ? failure : new StoreException(StoreException.kindOf(e), context,
                        "savepoint failed: " + e.getMessage(), e);
            }
            if (!grouping || batch.broken != null || batch.units >= maxBatch || !lock.hasQueuedThreads()) {
                finish(batch);
            }
        } finally {
            lock.unlock();
        }
        if (failure != null) {
            throw unchecked(failure);
        }
        awaitCommit(batch);
        if (batch.failure != null) {
            throw new StoreException(batch.failure.kind(), context, "commit failed: " + batch.failure.getMessage(),
                    batch.failure);
        }
        return result;
    }

    /** Runs work alone on the connection after committing any open batch (migrations, in-memory reads). */
    <T> T exclusive(String context, Supplier<T> work) {
        acquire(context);
        try {
            if (open != null) {
                finish(open);
            }
            return work.get();
        } finally {
            lock.unlock();
        }
    }

    /** Units committed and commits made so far: their ratio is how many writers share a commit. */
    WriterStats stats() {
        return new WriterStats(committedUnits.get(), commits.get());
    }

    /** Commits what is open and refuses further work; waits up to the lock timeout for a running unit. */
    void close() {
        boolean locked = false;
        try {
            locked = lock.tryLock(lockTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            if (locked && open != null) {
                finish(open);
            }
            closed = true;
        } finally {
            if (locked) {
                lock.unlock();
            }
        }
    }

    private void acquire(String context) {
        try {
            if (!lock.tryLock(lockTimeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new StoreException(StoreException.Kind.BUSY, context,
                        "the writer stayed busy for " + lockTimeout, null);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException(StoreException.Kind.BUSY, context, "interrupted waiting for the writer", e);
        }
        if (closed) {
            lock.unlock();
            throw new StoreException(StoreException.Kind.CLOSED, context, "the database is closed", null);
        }
    }

    private Batch begin(String context) {
        try {
            connection.setAutoCommit(false); // sqlite-jdbc sends BEGIN IMMEDIATE (see SqliteConnections)
        } catch (SQLException e) {
            resetConnection();
            throw new StoreException(StoreException.kindOf(e), context, "cannot begin: " + e.getMessage(), e);
        }
        open = new Batch();
        return open;
    }

    private void finish(Batch batch) {
        open = null;
        StoreException failure = null;
        if (batch.broken != null) {
            resetConnection();
            failure = new StoreException(StoreException.kindOf(batch.broken), "commit",
                    "a unit could not be rolled back to its savepoint, so the batch was rolled back", batch.broken);
        } else {
            try {
                connection.setAutoCommit(true); // COMMIT
                commits.incrementAndGet();
                committedUnits.addAndGet(batch.units);
            } catch (SQLException e) {
                resetConnection();
                failure = new StoreException(StoreException.kindOf(e), "commit", e.getMessage(), e);
            }
        }
        batch.complete(failure);
    }

    /** Back to autocommit with no transaction open, whatever state a failure left behind. */
    private void resetConnection() {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // SQLite may already have rolled the transaction back itself (SQLITE_FULL, SQLITE_IOERR)
        }
        try {
            connection.setAutoCommit(true);
        } catch (SQLException ignored) {
            // sqlite-jdbc counts as auto-commit from here on, even though its COMMIT failed
        }
        try {
            // A COMMIT that failed (SQLITE_FULL on a full disk) leaves SQLite inside the transaction while
            // sqlite-jdbc already counts as auto-commit; every later BEGIN would then fail. End it here.
            execute("ROLLBACK");
        } catch (SQLException noTransaction) {
            // nothing was open: the usual case
        }
    }

    private void awaitCommit(Batch batch) {
        boolean interrupted = false;
        try {
            while (batch.done.getCount() > 0) {
                try {
                    if (batch.done.await(WAIT_STEP.toMillis(), TimeUnit.MILLISECONDS)) {
                        break;
                    }
                } catch (InterruptedException e) {
                    interrupted = true; // the unit is in the batch: its outcome must be known before returning
                }
                if (lock.tryLock()) {
                    try {
                        if (open == batch) {
                            finish(batch);
                        }
                    } finally {
                        lock.unlock();
                    }
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void execute(String sql) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        }
    }

    private static RuntimeException unchecked(Throwable t) {
        if (t instanceof RuntimeException r) {
            return r;
        }
        if (t instanceof Error e) {
            throw e;
        }
        return new IllegalStateException(t);
    }
}
