package io.groupbuy.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A full or read-only database says so plainly (at start and mid-run), the health check turns bad while
 * writes fail, and good again by itself once they can succeed. A size limit in the URL stands in for a
 * full disk, and SQLite's read-only mode for a read-only file; the FaultBench does the real thing on tmpfs.
 */
class StorageTroubleTest {
    @TempDir
    Path dir;

    @Test
    void aDatabaseTooSmallForItsSchemaFailsToMigrateSayingItIsFull() {
        try (Database db = Database.open("jdbc:sqlite:" + dir.resolve("tiny.db") + "?max_page_count=20")) {
            StoreException e = catchThrowableOfType(StoreException.class, db::migrate);

            assertThat(e.kind()).isEqualTo(StoreException.Kind.FULL);
            assertThat(e.getMessage()).doesNotContain("\n").contains("full").contains("SQLITE_FULL");
        }
    }

    @Test
    void aReadOnlyDatabaseRefusesTheFirstWriteSayingItIsReadOnly() {
        Path file = dir.resolve("ro.db");
        try (Database db = Database.open("jdbc:sqlite:" + file)) {
            db.migrate();
        }
        try (Database db = Database.open("jdbc:sqlite:file:" + file + "?mode=ro")) {
            StoreException e = catchThrowableOfType(StoreException.class,
                    () -> db.settingOrInit("token", "x", java.time.Instant.EPOCH));

            assertThat(e.kind()).isEqualTo(StoreException.Kind.READ_ONLY);
            assertThat(e.getMessage()).containsIgnoringCase("readonly");
            assertThat(db.health().ok()).isFalse();
            assertThat(db.health().detail()).startsWith("cannot write").containsIgnoringCase("readonly");
        }
    }

    @Test
    void healthTurnsBadWhileWritesFailForLackOfSpaceAndGoodAgainWhenThereIsRoom() {
        try (Database db = Database.open("jdbc:sqlite:" + dir.resolve("small.db"))) {
            db.migrate();
            JdbiTransactions tx = (JdbiTransactions) db.transactions();
            tx.withWriterHandle(h -> h.execute("PRAGMA max_page_count = "
                    + h.createQuery("PRAGMA page_count").mapTo(Integer.class).one()));
            assertThat(db.health().ok()).isTrue();

            StoreException e = null;
            for (int size : new int[] {512, 32, 1}) { // to the last byte the pages hold
                e = null;
                for (int i = 0; i < 10_000 && e == null; i++) {
                    String name = "f" + size + "-" + i;
                    e = catchThrowableOfType(StoreException.class,
                            () -> db.settingOrInit(name, "x".repeat(size), java.time.Instant.EPOCH));
                }
            }

            assertThat(e).isNotNull();
            assertThat(e.kind()).isEqualTo(StoreException.Kind.FULL);
            assertThat(e.getMessage()).contains("full");
            Database.Health full = db.health();
            assertThat(full.ok()).isFalse();
            assertThat(full.detail()).startsWith("cannot write").contains("full");

            tx.withWriterHandle(h -> h.execute("PRAGMA max_page_count = 1000000"));

            assertThat(db.health()).isEqualTo(new Database.Health(true, "ok"));
            assertThat(db.settingOrInit("after", "x".repeat(64 * 1024), java.time.Instant.EPOCH)).hasSize(64 * 1024);
        }
    }
}
