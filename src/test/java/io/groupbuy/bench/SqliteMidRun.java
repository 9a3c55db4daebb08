package io.groupbuy.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * SQLite in trouble while the bot runs (in this JVM, with a group shopping on the playground):
 * <ul>
 *   <li>disk-full: the database's tmpfs is filled to the last byte, later emptied again: the bot
 *       must carry on by itself;</li>
 *   <li>read-only: the database's ext4 file system meets an error and the kernel turns it read-only
 *       ({@code errors=remount-ro}), open files and all, as with a failing disk: an operator has to
 *       repair and remount it, so the bot is started again after that.</li>
 * </ul>
 * Members must get an answer or a clear refusal, /healthz must say unhealthy, the file must be intact.
 */
final class SqliteMidRun {
    record Result(String name, String how, FaultTally before, FaultTally during, FaultTally after,
                  List<String> refusals, String healthDuring, String healthAfter, DbInspector.Leftovers leftovers,
                  String integrity, BenchLog.Counts log, List<String> chatChannels) {
        boolean passed() {
            return during.unanswered() == 0 && refusals.stream().allMatch(r -> r.contains("HTTP 503"))
                    && healthDuring.startsWith("503")
                    && healthAfter.startsWith("200") && after.problemCount() == 0 && leftovers.clean()
                    && "ok".equals(integrity);
        }
    }

    private final Path root;
    private final BenchLog log;

    SqliteMidRun(Path root, BenchLog log) {
        this.root = root;
        this.log = log;
    }

    Result diskFull() throws Exception {
        Path mnt = root.resolve("mid-full");
        if (!Disk.mountTmpfs(mnt, "32m")) {
            throw new IllegalStateException("cannot mount a tmpfs at " + mnt + " (needs root)");
        }
        try {
            Path filler = mnt.resolve("filler");
            return run("disk-full", "the database's 32 MB tmpfs filled to the last byte, then emptied",
                    mnt.resolve("bot.db"), () -> Disk.fill(filler), () -> Files.deleteIfExists(filler), false);
        } finally {
            Disk.unmount(mnt);
        }
    }

    Result readOnly() throws Exception {
        Path mnt = root.resolve("mid-ro");
        String device = Disk.mountExt4(root.resolve("ro.img"), mnt, 64);
        if (device == null) {
            throw new IllegalStateException("cannot set up an ext4 loop device at " + mnt + " (needs root)");
        }
        try {
            return run("read-only", "ext4 (errors=remount-ro) meets an error and turns read-only under the running"
                            + " bot; an operator repairs (e2fsck) and remounts it, the bot is started again",
                    mnt.resolve("bot.db"), () -> Disk.triggerExt4Error(device), () -> Disk.repairExt4(device, mnt),
                    true);
        } finally {
            Disk.dropExt4(device, mnt);
        }
    }

    interface Step {
        void run() throws Exception;
    }

    private Result run(String name, String how, Path dbFile, Step fault, Step heal, boolean restart) throws Exception {
        log.mark();
        FaultTally before = new FaultTally("before");
        FaultTally during = new FaultTally("during");
        FaultTally after = new FaultTally("after");
        List<String> refusals = new ArrayList<>();
        String healthDuring;
        String healthAfter;
        ChatChannels channels = restart ? null : new ChatChannels();
        InProcessBot bot = InProcessBot.sandbox("sqlite-" + name).with("BOT_DB_URL", "jdbc:sqlite:" + dbFile);
        if (channels != null) {
            channels.configure(bot);
        }
        bot.start();
        PlaygroundClient pg = new PlaygroundClient(bot.baseUrl());
        try {
            GroupRoom g = GroupRoom.create(pg, 0);
            for (GroupRoom.Member m : g.members.subList(0, 2)) {
                String failed = g.addFreshItem(m, before);
                if (failed != null) {
                    before.problem(m.name() + ": " + failed);
                }
            }
            fault.run();
            act(g, during, refusals);
            if (channels != null) {
                channels.duringFault(bot);
            }
            healthDuring = bot.healthStatus();
            if (restart) {
                pg.close();
                bot.close();
                heal.run();
                bot = InProcessBot.sandbox("sqlite-" + name).with("BOT_DB_URL", "jdbc:sqlite:" + dbFile).start();
                pg = new PlaygroundClient(bot.baseUrl());
                g = GroupRoom.create(pg, 1); // rooms live in memory: a new one after the restart
                if (g.addFreshItem(g.members.get(0), after) != null) {
                    after.problem("adding an item after the restart failed");
                }
            } else {
                heal.run();
                if (channels != null) {
                    channels.afterFault(bot);
                }
            }
            waitHealthy(bot);
            healthAfter = bot.healthStatus();
            String confirmed = g.checkoutAndConfirm(after);
            if (confirmed == null || !confirmed.contains("✅")) {
                after.problem("checkout after the disk came back: " + (confirmed == null ? "no confirm button"
                        : FaultTally.oneLine(confirmed)));
            }
            String failed = g.addFreshItem(g.members.get(2), after);
            if (failed != null) {
                after.problem("adding an item after the disk came back: " + failed);
            }
        } finally {
            pg.close();
            bot.close();
            if (channels != null) {
                channels.close();
            }
        }
        DbInspector db = new DbInspector(dbFile);
        return new Result(name, how, before, during, after, refusals, healthDuring, healthAfter, db.leftovers(),
                db.integrity(), log.mark(), channels == null ? List.of() : channels.outcome());
    }

    /** What members do while the disk is in trouble; a refused HTTP request is recorded with its answer. */
    private static void act(GroupRoom g, FaultTally tally, List<String> refusals) {
        String[][] script = {{"0", "link"}, {"1", "/cart"}, {"2", "/orders"}, {"a", "/checkout"}, {"0", "/mine"},
            {"1", "/help"}};
        for (String[] step : script) {
            GroupRoom.Member m = step[0].equals("a") ? g.admin : g.members.get(Integer.parseInt(step[0]));
            String text = step[1].equals("link") ? GroupRoom.freshLink() : step[1];
            try {
                g.say(m, text, tally);
            } catch (IllegalStateException refused) {
                refusals.add(step[1] + " -> " + refused.getMessage());
            }
        }
    }

    private static void waitHealthy(InProcessBot bot) throws InterruptedException {
        for (int i = 0; i < 40 && !bot.healthStatus().startsWith("200"); i++) {
            Thread.sleep(250);
        }
    }
}
