package io.groupbuy.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * SQLite in trouble at start: the bot jar as a process against a read-only or full database must stop
 * at once with a clear message and a non-zero exit code. (Mid-run trouble: {@link SqliteMidRun}.)
 */
final class SqliteFaults {
    /** One start attempt and how it ended. */
    record StartResult(String name, String setup, Disk.Outcome outcome, boolean clear, String integrity) {
        boolean passed() {
            return outcome.exit() > 0 && !outcome.killed() && clear && (integrity == null || integrity.equals("ok"));
        }
    }

    private final Path jar;
    private final Path root;
    private final boolean canMount;

    SqliteFaults(Path jar, Path root) {
        this.jar = jar;
        this.root = root;
        this.canMount = probeMount(root.resolve("probe"));
    }

    boolean canMount() {
        return canMount;
    }

    private static boolean probeMount(Path dir) {
        boolean ok = Disk.mountTmpfs(dir, "1m");
        if (ok) {
            Disk.unmount(dir);
        }
        return ok;
    }

    List<StartResult> atStart() throws Exception {
        List<StartResult> results = new ArrayList<>();
        if (canMount) {
            Path ro = root.resolve("ro-mount");
            Disk.mountTmpfs(ro, "16m");
            migrate(ro.resolve("bot.db"));
            Disk.remount(ro, true);
            StartResult readOnly = start("read-only-fs", "an existing database on a file system remounted"
                    + " read-only", "jdbc:sqlite:" + ro.resolve("bot.db"), "read-only");
            Disk.remount(ro, false);
            results.add(withIntegrity(readOnly, ro.resolve("bot.db")));
            Disk.unmount(ro);

            Path tiny = root.resolve("tiny");
            Disk.mountTmpfs(tiny, "64k");
            results.add(start("full-fs-new", "a new database on a 64 KB file system",
                    "jdbc:sqlite:" + tiny.resolve("bot.db"), "full"));
            Disk.unmount(tiny);

            Path fullDir = root.resolve("full");
            Disk.mountTmpfs(fullDir, "16m");
            migrate(fullDir.resolve("bot.db"));
            Disk.fill(fullDir.resolve("filler"));
            StartResult full = start("full-fs-existing", "an existing database, its file system filled to the"
                    + " last byte", "jdbc:sqlite:" + fullDir.resolve("bot.db"), "full");
            Files.deleteIfExists(fullDir.resolve("filler"));
            results.add(withIntegrity(full, fullDir.resolve("bot.db")));
            Disk.unmount(fullDir);
        }
        Path plain = root.resolve("plain");
        Files.createDirectories(plain);
        migrate(plain.resolve("ro.db"));
        results.add(withIntegrity(start("read-only-url", "an existing database opened with ?mode=ro",
                "jdbc:sqlite:file:" + plain.resolve("ro.db") + "?mode=ro", "read-only"), plain.resolve("ro.db")));
        results.add(start("full-page-limit", "a new database limited by ?max_page_count=20 (a full database"
                + " without root)", "jdbc:sqlite:" + plain.resolve("limited.db") + "?max_page_count=20", "full"));
        return results;
    }

    private void migrate(Path db) {
        Disk.Outcome m = Disk.jar(jar, Map.of("BOT_DB_URL", "jdbc:sqlite:" + db), root, 60, "migrate");
        if (m.exit() != 0) {
            throw new IllegalStateException("migrate failed: " + m.output());
        }
    }

    /** Runs the bot; it must stop by itself, non-zero, saying why in words that name the trouble. */
    private StartResult start(String name, String setup, String url, String word) {
        Disk.Outcome o = Disk.jar(jar, Map.of("BOT_DB_URL", url), root, 45);
        // judged on the words, not on the path (a folder named "full" proves nothing)
        String h = o.headline().toLowerCase(java.util.Locale.ROOT).replaceAll("\\S*/\\S*", "");
        boolean clear = word.equals("full") ? h.contains("full") : h.contains("read-only") || h.contains("readonly");
        return new StartResult(name, setup, o, clear, null);
    }

    private static StartResult withIntegrity(StartResult r, Path db) {
        return new StartResult(r.name(), r.setup(), r.outcome(), r.clear(), new DbInspector(db).integrity());
    }
}
