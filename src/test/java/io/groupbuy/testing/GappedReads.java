package io.groupbuy.testing;

import io.groupbuy.core.port.Stores;
import io.groupbuy.core.port.Transactions;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * Transactions whose reads can be followed by a gap before the caller sees the result: what a test
 * runs there is what another thread could do between a read and the work based on it.
 */
public final class GappedReads implements Transactions {
    private final Transactions delegate;
    private final AtomicReference<Runnable> afterNextRead = new AtomicReference<>();
    private volatile Runnable afterEachRead;

    public GappedReads(Transactions delegate) {
        this.delegate = delegate;
    }

    /** Runs {@code gap} once, right after the next read. */
    public void afterNextRead(Runnable gap) {
        afterNextRead.set(gap);
    }

    /** Runs {@code gap} after every read from now on; {@code null} stops it. */
    public void afterEachRead(Runnable gap) {
        afterEachRead = gap;
    }

    @Override
    public <T> T write(Function<Stores, T> work) {
        return delegate.write(work);
    }

    @Override
    public <T> T read(Function<Stores, T> work) {
        T result = delegate.read(work);
        Runnable once = afterNextRead.getAndSet(null);
        if (once != null) {
            once.run();
        }
        Runnable each = afterEachRead;
        if (each != null) {
            each.run();
        }
        return result;
    }
}
