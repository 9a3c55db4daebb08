package io.groupbuy.store;

import io.groupbuy.core.port.Transactions;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on a WAL file database: one writer, reader connections beside it. */
class SqliteFileStoreContractTest extends StoreContractTest {
    @TempDir
    Path dir;

    private Database db;

    @Override
    protected Transactions newTransactions() {
        db = Database.open("jdbc:sqlite:" + dir.resolve("contract.db"));
        db.migrate();
        return db.transactions();
    }

    @Override
    protected void closeTransactions() {
        db.close();
    }
}
