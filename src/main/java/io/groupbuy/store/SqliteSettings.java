package io.groupbuy.store;

import java.time.Duration;
import java.util.Objects;

/**
 * How the SQLite database is run. {@link #DEFAULT} is what production uses; pragmas in the URL's query
 * ({@code ?synchronous=NORMAL}) override the pragmas here.
 *
 * <p>{@code synchronous=FULL} by default: in WAL mode it makes every commit reach the disk before
 * {@code write} returns, so an order row committed before the upstream call, or an inbox row recorded
 * before a webhook is acknowledged, survives a power loss or an OS crash too. NORMAL survives only an
 * application crash (a power loss may roll back the last commits), which for money is not enough. The
 * cost is one fsync per commit, shared by every writer that queued meanwhile (group commit in
 * {@link GroupCommitWriter}); StoreBench on a 2-core VM: about 4,000 cart writes/s with a write p99
 * near 9 ms under FULL with group commit, against about 1,000 writes/s and a p99 near 40 ms without it.
 *
 * @param readers        reader connections beside the one writer (file databases only)
 * @param busyTimeout    how long SQLite waits on a lock held by another connection or process
 * @param lockTimeout    how long a write waits for the writer connection, or a read for a reader
 * @param synchronousFull FULL (true) or NORMAL (false)
 */
public record SqliteSettings(int readers, Duration busyTimeout, Duration lockTimeout, boolean synchronousFull) {
    public static final SqliteSettings DEFAULT = new SqliteSettings(
            Math.max(2, Math.min(4, Runtime.getRuntime().availableProcessors())),
            Duration.ofSeconds(5), Duration.ofSeconds(30), true);

    public SqliteSettings {
        Objects.requireNonNull(busyTimeout, "busyTimeout");
        Objects.requireNonNull(lockTimeout, "lockTimeout");
        if (readers < 1) {
            throw new IllegalArgumentException("at least one reader connection");
        }
    }

    public SqliteSettings withSynchronousFull(boolean full) {
        return new SqliteSettings(readers, busyTimeout, lockTimeout, full);
    }

    public SqliteSettings withReaders(int n) {
        return new SqliteSettings(n, busyTimeout, lockTimeout, synchronousFull);
    }
}
