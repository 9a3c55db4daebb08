package io.groupbuy.core.port;

import java.util.function.Function;

/**
 * Runs work against the stores in one short transaction. Write transactions are serialised (one
 * writer, as SQLite wants) and must never contain a network call: do the upstream call first, then
 * write what it returned.
 */
public interface Transactions {
    <T> T write(Function<Stores, T> work);

    <T> T read(Function<Stores, T> work);
}
