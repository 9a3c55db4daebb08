package io.groupbuy.store;

import io.groupbuy.core.port.Transactions;

/** The store contract on {@code jdbc:sqlite::memory:}, where reads share the one connection. */
class SqliteMemoryStoreContractTest extends StoreContractTest {
    private Database db;

    @Override
    protected Transactions newTransactions() {
        db = Database.open("jdbc:sqlite::memory:");
        db.migrate();
        return db.transactions();
    }

    @Override
    protected void closeTransactions() {
        db.close();
    }
}
