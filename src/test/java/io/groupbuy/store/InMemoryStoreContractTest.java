package io.groupbuy.store;

import io.groupbuy.core.port.Transactions;
import io.groupbuy.testing.InMemoryStores;

/** The same contract holds for the fake the core's tests use. */
class InMemoryStoreContractTest extends StoreContractTest {
    @Override
    protected Transactions newTransactions() {
        return new InMemoryStores();
    }
}
