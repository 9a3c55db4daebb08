package io.groupbuy.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Faults around the bot, measured: PandaPon (timeouts, 5xx, code != 200, malformed JSON, dropped
 * connections, slow answers, down for a minute both ways), Telegram and LINE (429 storms, 5xx on
 * send, redelivered webhooks, connection resets), SQLite (read-only or full at start and mid-run).
 *
 * <pre>
 * mvn -B -q package -DskipTests
 * mvn -B -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=io.groupbuy.bench.FaultBench
 * </pre>
 * System properties: {@code bench.parts} (pandapon,channels,sqlite), {@code bench.scenarios} (names of
 * the PandaPon scenarios, default all), {@code bench.rooms} (3 playground groups in parallel),
 * {@code bench.downSeconds} (60), {@code bench.chats} and {@code bench.perChat} (channel part: 6 groups per
 * platform, 5 commands each), {@code bench.out} (target/bench), {@code bench.jar} (target/groupbuy-bot.jar,
 * for the SQLite start cases). The SQLite cases mount tmpfs and loop devices: they need root.
 */
public final class FaultBench {
    private FaultBench() {
    }

    public static void main(String[] args) throws Exception {
        Set<String> parts = Set.of(System.getProperty("bench.parts", "pandapon,channels,sqlite").split(","));
        Path out = Path.of(System.getProperty("bench.out", "target/bench"));
        Files.createDirectories(out);
        BenchLog log = BenchLog.capture(out.resolve("faultbench.log"));
        System.out.printf("FaultBench on %d cores, load average %s; bot log: %s%n",
                Runtime.getRuntime().availableProcessors(), Machine.loadAverage(), out.resolve("faultbench.log"));
        boolean ok = true;
        try {
            if (parts.contains("pandapon")) {
                ok &= pandapon(log);
            }
            if (parts.contains("channels")) {
                ok &= channels(log);
            }
            if (parts.contains("sqlite")) {
                ok &= sqlite(log, out);
            }
        } catch (Exception | AssertionError e) {
            // exec:java waits for the bot's threads unless the JVM is told to end
            e.printStackTrace(System.out);
            ok = false;
        } finally {
            System.out.println("log totals: " + log.total().summary() + "; load average now " + Machine.loadAverage());
            log.stop();
        }
        System.out.println(ok ? "FAULTBENCH PASSED" : "FAULTBENCH: SOME TARGETS MISSED (see above)");
        System.exit(ok ? 0 : 1);
    }

    private static boolean pandapon(BenchLog log) throws Exception {
        int rooms = Integer.getInteger("bench.rooms", 3);
        Duration down = Duration.ofSeconds(Integer.getInteger("bench.downSeconds", 60));
        String wanted = System.getProperty("bench.scenarios", "");
        Set<String> names = wanted.isBlank() ? Set.of() : Set.of(wanted.split(","));
        PandaPonFaults bench = new PandaPonFaults(log, rooms);
        List<PandaPonFaults.Result> results = new ArrayList<>();
        System.out.printf("%n== PandaPon faults: %d playground groups in parallel, 4 members each (th, en, zh, admin)%n",
                rooms);
        for (PandaPonFaults.Scenario s : PandaPonFaults.scenarios(down)) {
            if (!names.isEmpty() && !names.contains(s.name())) {
                continue;
            }
            System.out.printf("%n-- %s: %s%n", s.name(), s.what());
            PandaPonFaults.Result r = bench.run(s);
            results.add(r);
            print(r);
        }
        System.out.printf("%n%-15s %8s %10s %10s %9s %9s %8s %6s %s%n", "scenario", "actions", "answered",
                "p99", "max", "language", "after", "clean", "result");
        for (PandaPonFaults.Result r : results) {
            System.out.printf("%-15s %8d %10d %10s %9s %9s %8s %6s %s%n", r.name(), r.fault().actions(),
                    r.fault().actions() - r.fault().unanswered(), Latencies.seconds(r.fault().latencies.percentile(99)),
                    Latencies.seconds(r.fault().latencies.max()),
                    r.fault().wrongLanguage() == 0 ? "all ok" : r.fault().wrongLanguage() + " wrong",
                    r.recovery().problemCount() == 0 ? "works" : "BROKEN", r.leftovers().clean() ? "yes" : "NO",
                    r.passed() ? "PASS" : "MISS");
        }
        return results.stream().allMatch(PandaPonFaults.Result::passed);
    }

    private static boolean channels(BenchLog log) throws Exception {
        int chats = Integer.getInteger("bench.chats", 6);
        int perChat = Integer.getInteger("bench.perChat", 5);
        boolean ok = true;
        System.out.printf("%n== Telegram and LINE faults: %d groups, %d commands each, every answer counted%n", chats,
                perChat);
        System.out.printf("%-18s %-34s %8s %8s %s%n", "scenario", "delivered (of expected)", "drain", "429s",
                "result");
        List<TelegramFaults.Scenario> tgScenarios = TelegramFaults.scenarios();
        TelegramFaults tg = new TelegramFaults(log, chats, perChat);
        for (int i = 0; i < tgScenarios.size(); i++) {
            TelegramFaults.Scenario s = tgScenarios.get(i);
            TelegramFaults.Result r = tg.run(s, i);
            boolean passed = r.passed(s.mayLose());
            ok &= passed;
            System.out.printf("%-18s %-34s %8s %8d %s%n", r.name(), r.delivery().summary(),
                    Latencies.seconds(r.drainMillis()), r.answered429(), (passed ? "PASS" : "MISS")
                            + (s.mayLose() && !r.delivery().lost().isEmpty() ? " (lost answers: the Bot API has"
                            + " no idempotency key, see docs/TELEGRAM.md)" : ""));
            System.out.println("    " + s.what() + "; faults hit " + r.faultsHit() + "; log " + r.log().summary()
                    + " " + r.log().warningKinds().keySet());
            r.log().errorSamples().forEach(e -> System.out.println("    ERROR " + e));
        }
        List<LineFaults.Scenario> lineScenarios = LineFaults.scenarios();
        LineFaults line = new LineFaults(log, chats, perChat);
        for (int i = 0; i < lineScenarios.size(); i++) {
            LineFaults.Scenario s = lineScenarios.get(i);
            LineFaults.Result r = line.run(s, 10 + i);
            boolean passed = r.passed(s.mayLose());
            ok &= passed;
            System.out.printf("%-18s %-34s %8s %8s %s%n", r.name(), r.delivery().summary(),
                    Latencies.seconds(r.drainMillis()), "-", passed ? "PASS" : "MISS");
            System.out.println("    " + s.what() + "; " + r.replies() + " replies, " + r.pushes() + " pushes, "
                    + r.refusedWebhooks() + " webhooks refused; log " + r.log().summary() + " "
                    + r.log().warningKinds().keySet());
            r.log().errorSamples().forEach(e -> System.out.println("    ERROR " + e));
        }
        return ok;
    }

    private static boolean sqlite(BenchLog log, Path out) throws Exception {
        Path jar = Path.of(System.getProperty("bench.jar", "target/groupbuy-bot.jar"));
        if (!Files.exists(jar)) {
            System.out.println("\n== SQLite: " + jar + " is missing; run mvn -B -q package -DskipTests first");
            return false;
        }
        Path root = Files.createTempDirectory("bench-sqlite");
        SqliteFaults start = new SqliteFaults(jar, root);
        boolean ok = true;
        System.out.printf("%n== SQLite at start: the jar as a process (tmpfs mounts: %s)%n",
                start.canMount() ? "yes" : "not allowed here, those cases skipped");
        System.out.printf("%-18s %5s %8s %-6s %-10s %s%n", "case", "exit", "took", "clear", "integrity", "headline");
        for (SqliteFaults.StartResult r : start.atStart()) {
            ok &= r.passed();
            System.out.printf("%-18s %5d %8s %-6s %-10s %s%n", r.name(), r.outcome().exit(),
                    Latencies.seconds(r.outcome().millis()), r.clear() ? "yes" : "NO",
                    r.integrity() == null ? "-" : r.integrity(), r.outcome().headline());
            System.out.println("    " + r.setup() + (r.passed() ? "" : "  MISS; output:\n" + indent(r.outcome().output())));
        }
        if (!start.canMount()) {
            InProcessBot.deleteTree(root);
            return ok;
        }
        System.out.printf("%n== SQLite mid-run: the bot in this JVM, one playground group shopping%n");
        SqliteMidRun mid = new SqliteMidRun(root, log);
        for (SqliteMidRun.Result r : List.of(mid.diskFull(), mid.readOnly())) {
            ok &= r.passed();
            System.out.println("-- " + r.name() + ": " + r.how() + (r.passed() ? ": PASS" : ": MISS"));
            for (FaultTally t : List.of(r.before(), r.during(), r.after())) {
                System.out.println("  " + t.summary());
                t.problems().forEach(p -> System.out.println("    ! " + p));
            }
            r.refusals().forEach(p -> System.out.println("    refused: " + p));
            System.out.println("  /healthz during: " + r.healthDuring() + "; after: " + r.healthAfter());
            System.out.println("  after: " + r.leftovers().summary() + "; integrity_check: " + r.integrity());
            r.chatChannels().forEach(c -> System.out.println("  chat members: " + c));
            System.out.println("  log: " + r.log().summary() + " " + r.log().errorKinds());
        }
        InProcessBot.deleteTree(root);
        return ok;
    }

    private static String indent(String text) {
        return text.lines().limit(40).map(l -> "      " + l).collect(Collectors.joining("\n"));
    }

    private static void print(PandaPonFaults.Result r) {
        for (FaultTally t : List.of(r.baseline(), r.fault(), r.recovery())) {
            System.out.println("  " + t.summary());
            t.problems().forEach(p -> System.out.println("    ! " + p));
        }
        System.out.println("  /healthz during the fault: " + r.healthDuringFault());
        System.out.println("  after: " + r.leftovers().summary());
        System.out.println("  integrity_check: " + r.integrity() + "; upstream orders created twice for one key: "
                + r.doubleOrders());
        System.out.println("  log: " + r.log().summary() + (r.log().errorKinds().isEmpty() ? ""
                : " " + r.log().errorKinds()) + "; warnings " + r.log().warningKinds());
        r.log().errorSamples().forEach(e -> System.out.println("    ERROR " + e));
        System.out.println("  " + (r.passed() ? "PASS" : "MISS") + " in " + r.seconds() + " s");
    }

    static String join(Object[] values) {
        return Arrays.stream(values).map(String::valueOf).collect(Collectors.joining(", "));
    }
}
