package io.groupbuy.bench;

import io.groupbuy.sandbox.PandaPonSandbox;
import io.groupbuy.sandbox.SandboxFault;
import io.groupbuy.sandbox.SandboxStats;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * PandaPon faults against the whole bot in sandbox mode, driven through the playground channel
 * (inbox, chat lanes, engine, PandaPon client over HTTP, the sandbox's fault injection):
 * before the fault every member puts a line in the cart; during it members keep pasting links,
 * picking, looking at the cart, and the admin checks out and confirms; after it the same must work
 * again without a restart, and nothing may be left half-written.
 */
final class PandaPonFaults {
    /** How to start and end one fault; {@code holdFor} keeps it on for that long (zero: one round). */
    record Scenario(String name, String what, Consumer<Context> inject, Consumer<Context> clear, Duration holdFor,
                    boolean expectErrors) {
    }

    /** The running bot, for the scenario hooks. */
    static final class Context {
        final InProcessBot bot;
        /** Known before the sandbox stops: a stopped server no longer says its port. */
        final int sandboxPort;
        final String callbackUrl;
        PandaPonSandbox sandbox;

        Context(InProcessBot bot) {
            this.bot = bot;
            this.sandbox = bot.app().sandbox();
            this.sandboxPort = sandbox.port();
            this.callbackUrl = sandbox.admin().callbackUrl();
        }
    }

    /** The outcome of one scenario. */
    record Result(String name, String what, FaultTally baseline, FaultTally fault, FaultTally recovery,
                  DbInspector.Leftovers leftovers, String integrity, long doubleOrders, String healthDuringFault,
                  BenchLog.Counts log, long seconds) {
        boolean passed() {
            return fault.unanswered() == 0 && fault.wrongLanguage() == 0 && recovery.problemCount() == 0
                    && recovery.unanswered() == 0 && baseline.problemCount() == 0 && leftovers.clean()
                    && "ok".equals(integrity) && doubleOrders == 0 && log.errors() == 0;
        }
    }

    private final BenchLog log;
    private final int rooms;

    PandaPonFaults(BenchLog log, int rooms) {
        this.log = log;
        this.rooms = rooms;
    }

    static List<Scenario> scenarios(Duration downFor) {
        String[] creates = {"TAOBAO_ORDER_CREATE", "ALIBABA_ORDER_CREATE"};
        return List.of(
                new Scenario("timeout", "every call answers after 15 s (read timeout 10 s, reads tried 3 times)",
                        c -> c.sandbox.admin().addFault(SandboxFault.latency("*", 15_000, 0)), PandaPonFaults::clear,
                        Duration.ZERO, true),
                new Scenario("http-5xx", "every call answers HTTP 502",
                        c -> c.sandbox.admin().addFault(SandboxFault.http5xx("*", 502, 0)), PandaPonFaults::clear,
                        Duration.ZERO, true),
                new Scenario("code-not-200", "every call answers HTTP 200 with code 500 \"服务繁忙\"",
                        c -> c.sandbox.admin().addFault(SandboxFault.code("*", 500, "服务繁忙", 0)),
                        PandaPonFaults::clear, Duration.ZERO, true),
                new Scenario("malformed", "every call answers truncated JSON",
                        c -> c.sandbox.admin().addFault(SandboxFault.malformed("*", 0)), PandaPonFaults::clear,
                        Duration.ZERO, true),
                new Scenario("dropped", "every call: connection closed without an answer",
                        c -> c.sandbox.admin().addFault(SandboxFault.dropConnection("*", 0)), PandaPonFaults::clear,
                        Duration.ZERO, true),
                new Scenario("slow-ok", "every call answers correctly after 4 s (under the read timeout)",
                        c -> c.sandbox.admin().addFault(SandboxFault.latency("*", 4_000, 0)), PandaPonFaults::clear,
                        Duration.ZERO, false),
                new Scenario("create-timeout", "only order creation answers after 15 s (it is done upstream)",
                        c -> {
                            for (String e : creates) {
                                c.sandbox.admin().addFault(SandboxFault.latency(e, 15_000, 0));
                            }
                        }, PandaPonFaults::clear, Duration.ZERO, true),
                new Scenario("down-503", "the sandbox answers 503 to everything for " + downFor.toSeconds() + " s",
                        c -> c.sandbox.admin().addFault(SandboxFault.down()), PandaPonFaults::clear, downFor, true),
                new Scenario("down-refused", "the sandbox server is stopped for " + downFor.toSeconds()
                        + " s (connection refused), then started again on the same port",
                        c -> c.sandbox.close(), PandaPonFaults::restartSandbox, downFor, true));
    }

    private static void clear(Context c) {
        c.sandbox.admin().clearFaults();
    }

    private static void restartSandbox(Context c) {
        c.sandbox = PandaPonSandbox.start(c.bot.app().sandbox().options().withPort(c.sandboxPort)
                .withCallbackUrl(c.callbackUrl));
    }

    Result run(Scenario s) throws Exception {
        long started = System.nanoTime();
        log.mark();
        FaultTally baseline = new FaultTally("before");
        FaultTally fault = new FaultTally("during");
        FaultTally recovery = new FaultTally("after");
        try (InProcessBot bot = InProcessBot.sandbox(s.name()).start();
             PlaygroundClient pg = new PlaygroundClient(bot.baseUrl())) {
            Context ctx = new Context(bot);
            List<GroupRoom> groups = new ArrayList<>();
            for (int i = 0; i < rooms; i++) {
                groups.add(GroupRoom.create(pg, i));
            }
            inParallel(groups, g -> {
                for (GroupRoom.Member m : g.members) {
                    String failed = g.addFreshItem(m, baseline);
                    if (failed != null) {
                        baseline.problem(m.name() + " could not add an item before the fault: " + failed);
                    }
                }
            });
            s.inject().accept(ctx);
            long faultEnds = System.nanoTime() + s.holdFor().toNanos();
            String[] health = {""};
            inParallel(groups, g -> {
                do {
                    faultRound(g, fault);
                    synchronized (health) {
                        health[0] = bot.healthStatus();
                    }
                } while (System.nanoTime() < faultEnds);
            });
            s.clear().accept(ctx);
            DbInspector db = new DbInspector(bot.dbFile());
            settle(bot, db);
            inParallel(groups, g -> recoveryRound(g, recovery, s.expectErrors()));
            settle(bot, db);
            DbInspector.Leftovers leftovers = db.leftovers();
            if (!leftovers.clean()) {
                recovery.problem("left behind: " + leftovers.summary());
            }
            SandboxStats stats = ctx.sandbox.admin().stats();
            long doubles = stats.ordersPerClientKey().values().stream().filter(n -> n > 1).count();
            if (ctx.sandbox != bot.app().sandbox()) {
                ctx.sandbox.close(); // the one started again is the bench's, not the bot's
            }
            return new Result(s.name(), s.what(), baseline, fault, recovery, leftovers, db.integrity(), doubles,
                    health[0], log.mark(), (System.nanoTime() - started) / 1_000_000_000);
        }
    }

    /** One round while the fault is on: every kind of action, each must get an answer. */
    private static void faultRound(GroupRoom g, FaultTally tally) {
        g.addFreshItem(g.members.get(0), tally);
        g.addFreshItem(g.members.get(1), tally);
        g.say(g.members.get(2), "/cart", tally);
        g.checkoutAndConfirm(tally);
        g.say(g.members.get(2), "/orders", tally);
        g.say(g.admin, "/cart", tally);
    }

    /** After the fault: links, options, checkout and confirmation must all work again. */
    private static void recoveryRound(GroupRoom g, FaultTally tally, boolean expectErrorsBefore) {
        String failed = g.addFreshItem(g.members.get(0), tally);
        if (failed != null) {
            tally.problem(g.room + ": adding an item failed after the fault: " + failed);
        }
        String confirmed = g.checkoutAndConfirm(tally);
        if (confirmed == null || FaultTally.sentencesIn(confirmed).stream().anyMatch(k -> k.contains("error."))
                || !(confirmed.contains("✅"))) {
            tally.problem(g.room + ": checkout and confirm after the fault gave: "
                    + (confirmed == null ? "no confirm button" : FaultTally.oneLine(confirmed)));
        }
        PlaygroundClient.Turn orders = g.say(g.members.get(1), "/orders", tally);
        if (FaultTally.isError(orders.text())) {
            tally.problem(g.room + ": /orders after the fault: " + FaultTally.oneLine(orders.text()));
        }
    }

    /**
     * Lets the bot's own timers finish what the fault left open: orders whose creation went
     * unanswered are reconciled once 2 minutes old, so the clock moves on 3 minutes and the
     * once-a-minute pass gets up to 75 s of real time.
     */
    private static void settle(InProcessBot bot, DbInspector db) throws InterruptedException {
        DbInspector.Leftovers l = db.leftovers();
        if (l.ordersPlacing() + l.checkoutsPlacing() + l.checkoutsPreparing() > 0) {
            bot.clock().shift(Duration.ofMinutes(3));
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(75).toNanos();
        while (System.nanoTime() < deadline) {
            l = db.leftovers();
            if (l.ordersPlacing() + l.checkoutsPlacing() + l.checkoutsPreparing() + l.inboxPending() == 0) {
                return;
            }
            Thread.sleep(500);
        }
    }

    private static void inParallel(List<GroupRoom> groups, Consumer<GroupRoom> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(groups.size());
        try {
            List<Future<?>> all = new ArrayList<>();
            for (GroupRoom g : groups) {
                all.add(pool.submit(() -> work.accept(g)));
            }
            for (Future<?> f : all) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
