package io.groupbuy.testing;

import io.groupbuy.core.port.Stores;
import io.groupbuy.core.port.Transactions;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * {@link Transactions} in memory, with what the SQLite store promises: writes are serialised and
 * all-or-nothing (each write works on a copy of the data that replaces it only on success, so an
 * exception leaves nothing behind and comes out unchanged), reads see the last committed data and
 * cannot change it, constraints and "row not found" fail with the same {@code StoreException} kinds,
 * ids are never reused, and lists come back in the same order. Calls nested on one thread join the
 * outer transaction (a write inside a read is refused), as in {@code JdbiTransactions}.
 */
public final class InMemoryStores implements Transactions {
    private final ReentrantLock writer = new ReentrantLock(true);
    private final ThreadLocal<MemoryStores> current = new ThreadLocal<>();
    private volatile MemoryData committed = new MemoryData();

    @Override
    public <T> T write(Function<Stores, T> work) {
        MemoryStores outer = current.get();
        if (outer != null) {
            if (!outer.writable()) {
                throw new IllegalStateException("write() called inside read(); open the write transaction first");
            }
            return work.apply(outer);
        }
        writer.lock();
        try {
            MemoryData working = committed.copy();
            MemoryStores stores = new MemoryStores(working, true);
            current.set(stores);
            T result;
            try {
                result = work.apply(stores);
            } finally {
                current.remove();
            }
            committed = working;
            return result;
        } finally {
            writer.unlock();
        }
    }

    @Override
    public <T> T read(Function<Stores, T> work) {
        MemoryStores outer = current.get();
        if (outer != null) {
            return work.apply(outer);
        }
        // Writers never touch a committed MemoryData, so reading one needs no lock.
        MemoryStores stores = new MemoryStores(committed, false);
        current.set(stores);
        try {
            return work.apply(stores);
        } finally {
            current.remove();
        }
    }
}
