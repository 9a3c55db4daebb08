package io.groupbuy.app;

import io.groupbuy.app.config.BotConfig;
import io.groupbuy.store.Database;
import io.groupbuy.store.MigrationReport;
import java.io.PrintStream;

/** {@code migrate}: applies the database migrations and exits. */
final class MigrateCommand {
    private MigrateCommand() {
    }

    static int run(BotConfig config, PrintStream out) {
        try (Database db = Database.open(config.dbUrl())) {
            MigrationReport report = db.migrate();
            out.println("Database " + config.dbUrl() + ": schema version "
                    + (report.fromVersion() == null ? "(empty)" : report.fromVersion()) + " -> " + report.toVersion()
                    + ", " + report.applied() + " migration(s) applied");
            return 0;
        }
    }
}
