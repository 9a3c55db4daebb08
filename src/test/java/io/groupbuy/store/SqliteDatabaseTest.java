package io.groupbuy.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.groupbuy.core.CheckoutState;
import io.groupbuy.core.Order;
import io.groupbuy.core.OrderStatus;
import io.groupbuy.core.port.Stores;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What only the SQLite implementation has: pragmas, files, WAL readers, group commit, error context. */
class SqliteDatabaseTest {
    @TempDir
    Path dir;

    private static Handle handle(Stores s) {
        return ((JdbiStores) s).handle();
    }

    private static Map<String, Object> pragmas(Handle h) {
        return Map.of(
                "journal_mode", h.createQuery("PRAGMA journal_mode").mapTo(String.class).one(),
                "foreign_keys", h.createQuery("PRAGMA foreign_keys").mapTo(Integer.class).one(),
                "busy_timeout", h.createQuery("PRAGMA busy_timeout").mapTo(Integer.class).one(),
                "synchronous", h.createQuery("PRAGMA synchronous").mapTo(Integer.class).one(),
                "query_only", h.createQuery("PRAGMA query_only").mapTo(Integer.class).one());
    }

    private Database openFile(String name) {
        Database db = Database.open("jdbc:sqlite:" + dir.resolve(name));
        db.migrate();
        return db;
    }

    @Test
    void fileDatabaseRunsInWalWithForeignKeysBusyTimeoutAndFullSync() {
        Path file = dir.resolve("nested/folders/groupbuy.db");
        try (Database db = Database.open("jdbc:sqlite:" + file)) {
            db.migrate();
            Map<String, Object> writer = db.transactions().write(s -> pragmas(handle(s)));
            Map<String, Object> reader = db.transactions().read(s -> pragmas(handle(s)));

            assertThat(writer).containsEntry("journal_mode", "wal").containsEntry("foreign_keys", 1)
                    .containsEntry("busy_timeout", 5000).containsEntry("synchronous", 2).containsEntry("query_only", 0);
            assertThat(reader).containsEntry("journal_mode", "wal").containsEntry("foreign_keys", 1)
                    .containsEntry("busy_timeout", 5000).containsEntry("synchronous", 2).containsEntry("query_only", 1);
        }
        assertThat(file).exists();
    }

    @Test
    void pragmasInTheUrlOverrideTheDefaults() {
        try (Database db = Database.open("jdbc:sqlite:" + dir.resolve("n.db") + "?synchronous=NORMAL&busy_timeout=1234")) {
            Map<String, Object> pragmas = db.transactions().read(s -> pragmas(handle(s)));
            assertThat(pragmas).containsEntry("synchronous", 1).containsEntry("busy_timeout", 1234);
        }
    }

    @Test
    void onlySqliteUrlsAreAccepted() {
        assertThatThrownBy(() -> Database.open("jdbc:postgresql://localhost/groupbuy"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Database.DEFAULT_URL).isEqualTo("jdbc:sqlite:data/groupbuy.db");
    }

    @Test
    void sqlErrorNamesTheOperationTheCodeAndTheStatementButNoValues() {
        try (Database db = openFile("e.db")) {
            Throwable thrown = catchThrowable(() -> db.transactions().write(s -> {
                long checkout = s.checkouts().insert(ContractFixtures.checkout(ContractFixtures.CHAT, CheckoutState.DONE)).id();
                s.orders().insert(ContractFixtures.order(ContractFixtures.CHAT, checkout, "secret-client-key"));
                return s.orders().insert(ContractFixtures.order(ContractFixtures.CHAT, checkout, "secret-client-key"));
            }));

            assertThat(thrown).isInstanceOfSatisfying(StoreException.class, e -> {
                assertThat(e.kind()).isEqualTo(StoreException.Kind.CONSTRAINT);
                assertThat(e.resultCode()).contains("SQLITE_CONSTRAINT_UNIQUE");
                assertThat(e.context()).isEqualTo("write transaction");
                assertThat(e.getMessage()).contains("orders.client_key").contains("INSERT INTO orders")
                        .doesNotContain("secret-client-key");
            });
        }
    }

    @Test
    void committedPendingOrderIsThereForTheNextProcess() {
        Database first = openFile("crash.db");
        Order placing = first.transactions().write(s -> {
            long checkout = s.checkouts().insert(ContractFixtures.checkout(ContractFixtures.CHAT, CheckoutState.PLACING)).id();
            return s.orders().insert(ContractFixtures.order(ContractFixtures.CHAT, checkout, "ck-1"));
        });
        // The first process is not closed: as after a crash, the next one finds the row in the WAL.
        try (Database second = openFile("crash.db")) {
            List<Order> pending = second.transactions().read(s -> s.orders().inStatus(List.of(OrderStatus.PLACING)));
            assertThat(pending).containsExactly(placing);
        } finally {
            first.close();
        }
    }

    @Test
    void migratingAgainAppliesNothing() {
        try (Database db = Database.open("jdbc:sqlite:" + dir.resolve("m.db"))) {
            assertThat(db.migrate().applied()).isPositive();
            assertThat(db.migrate().applied()).isZero();
        }
    }

    @Test
    void pingAnswersUntilClosedAndAClosedDatabaseRefusesWork() {
        Database db = openFile("p.db");
        assertThat(db.ping()).isTrue();
        db.close();

        assertThat(db.ping()).isFalse();
        assertThatThrownBy(() -> db.transactions().write(s -> s.carts().totalLines()))
                .isInstanceOfSatisfying(StoreException.class,
                        e -> assertThat(e.kind()).isEqualTo(StoreException.Kind.CLOSED));
        assertThatThrownBy(() -> db.transactions().read(s -> s.carts().totalLines()))
                .isInstanceOf(StoreException.class);
    }

    @Test
    void readersRunBesideAWriteAndDoNotSeeItUntilItCommits() throws Exception {
        try (Database db = openFile("wal.db")) {
            CountDownLatch inserted = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            CompletableFuture<Object> write = CompletableFuture.supplyAsync(() -> db.transactions().write(s -> {
                s.carts().insert(ContractFixtures.newLine(ContractFixtures.CHAT, ContractFixtures.ALICE,
                        ContractFixtures.sku1688("1"), 1));
                inserted.countDown();
                await(release);
                return null;
            }));
            assertThat(inserted.await(10, TimeUnit.SECONDS)).isTrue();

            long seen = CompletableFuture.supplyAsync(() -> db.transactions().read(s -> s.carts().totalLines()))
                    .get(10, TimeUnit.SECONDS);
            assertThat(seen).isZero();
            assertThat(db.ping()).isTrue();

            release.countDown();
            write.get(10, TimeUnit.SECONDS);
            long after = db.transactions().read(s -> s.carts().totalLines());
            assertThat(after).isEqualTo(1);
        }
    }

    @Test
    void failingWritesSharingACommitUndoOnlyThemselves() throws Exception {
        try (Database db = openFile("g.db")) {
            int writers = 40;
            ExecutorService pool = Executors.newFixedThreadPool(writers);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Object>> results = new java.util.ArrayList<>();
            for (int i = 0; i < writers; i++) {
                int n = i;
                results.add(pool.submit(() -> {
                    start.await();
                    for (int round = 0; round < 10; round++) {
                        String key = "op-" + n + "-" + round;
                        try {
                            db.transactions().write(s -> {
                                s.inbox().claimOperation(key, ContractFixtures.T0);
                                if (n % 2 == 1) {
                                    throw new IllegalArgumentException(key);
                                }
                                return null;
                            });
                        } catch (IllegalArgumentException e) {
                            assertThat(e).hasMessage(key);
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<Object> f : results) {
                f.get(120, TimeUnit.SECONDS);
            }
            pool.shutdown();

            long claimed = db.transactions().read(s -> handle(s)
                    .createQuery("SELECT COUNT(*) FROM applied_operations").mapTo(Long.class).one());
            long odd = db.transactions().read(s -> handle(s)
                    .createQuery("SELECT COUNT(*) FROM applied_operations WHERE op_key LIKE 'op-1-%'").mapTo(Long.class).one());
            assertThat(claimed).isEqualTo(writers / 2 * 10);
            assertThat(odd).isZero();
            WriterStats stats = db.writerStats();
            assertThat(stats.writes()).isGreaterThanOrEqualTo(writers / 2 * 10);
            assertThat(stats.commits()).isPositive().isLessThanOrEqualTo(stats.writes() + writers * 10);
        }
    }

    @Test
    void theDatabaseFileHoldsTheDataAfterClose() throws Exception {
        Path file = dir.resolve("close.db");
        try (Database db = openFile("close.db")) {
            db.transactions().write(s -> s.inbox().claimOperation("k", ContractFixtures.T0));
        }
        assertThat(Files.exists(Path.of(file + "-wal"))).isFalse();
        try (Database db = openFile("close.db")) {
            boolean claimed = db.transactions().write(s -> s.inbox().claimOperation("k", ContractFixtures.T0));
            assertThat(claimed).isFalse();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("not released");
            }
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aWriteAfterOneThatFoundTheDatabaseFullWorksOnceThereIsRoom() {
        try (Database db = openFile("limited.db")) {
            JdbiTransactions tx = (JdbiTransactions) db.transactions();
            tx.withWriterHandle(h -> h.execute("PRAGMA max_page_count = "
                    + h.createQuery("PRAGMA page_count").mapTo(Integer.class).one()));
            Throwable full = catchThrowable(() -> db.settingOrInit("big", "x".repeat(256 * 1024),
                    java.time.Instant.EPOCH));
            assertThat(full).isInstanceOf(StoreException.class).hasMessageContaining("SQLITE_FULL");

            tx.withWriterHandle(h -> h.execute("PRAGMA max_page_count = 1000000"));

            // sqlite-jdbc counted the failed COMMIT's connection as auto-commit while SQLite kept the
            // transaction: every later BEGIN failed until a restart
            assertThat(db.settingOrInit("small", "fits now", java.time.Instant.EPOCH)).isEqualTo("fits now");
        }
    }
}
