package io.groupbuy.telegram;

import io.groupbuy.core.port.Stores;
import io.groupbuy.core.port.Transactions;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/** Transactions whose next writes fail, as a full disk or a locked database would. */
final class FlakyTransactions implements Transactions {
    private final Transactions delegate;
    private final AtomicInteger failingWrites = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();

    FlakyTransactions(Transactions delegate) {
        this.delegate = delegate;
    }

    void failNextWrites(int count) {
        failingWrites.set(count);
    }

    int failed() {
        return failed.get();
    }

    @Override
    public <T> T write(Function<Stores, T> work) {
        if (failingWrites.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            failed.incrementAndGet();
            throw new IllegalStateException("database is locked (test)");
        }
        return delegate.write(work);
    }

    @Override
    public <T> T read(Function<Stores, T> work) {
        return delegate.read(work);
    }
}
