package io.groupbuy.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Hostile input, 100,000 generated messages and payloads by default: most straight into the
 * conversation engine ({@link EngineFuzz}), the rest over HTTP to the webhook routes, the PandaPon
 * callback and the playground API of the bot jar running as its own process ({@link HttpFuzz}).
 * Reports crashes, ERROR lines and stack traces in the logs, how forged and unsigned requests were
 * answered, and every case of a member acting as an admin or on another member's line.
 *
 * <pre>
 * mvn -B -q package -DskipTests
 * mvn -B -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=io.groupbuy.bench.FuzzBench
 * </pre>
 * System properties: {@code fuzz.engine} (80000 events), {@code fuzz.http} (20000 requests),
 * {@code fuzz.chats} (12), {@code fuzz.seed} (20261203), {@code fuzz.threads} (4 HTTP clients),
 * {@code bench.out} (target/bench), {@code bench.jar} (target/groupbuy-bot.jar).
 */
public final class FuzzBench {
    private FuzzBench() {
    }

    public static void main(String[] args) throws Exception {
        int engineEvents = Integer.getInteger("fuzz.engine", 80_000);
        int httpRequests = Integer.getInteger("fuzz.http", 20_000);
        long seed = Long.getLong("fuzz.seed", 20261203L);
        Path out = Path.of(System.getProperty("bench.out", "target/bench"));
        Files.createDirectories(out);
        BenchLog log = BenchLog.capture(out.resolve("fuzzbench-engine.log"));
        boolean ok = true;
        System.out.printf("FuzzBench on %d cores, load average %s; seed %d%n",
                Runtime.getRuntime().availableProcessors(), Machine.loadAverage(), seed);
        try {
            if (engineEvents > 0) {
                ok &= engine(engineEvents, seed, log);
            }
            if (httpRequests > 0) {
                ok &= http(httpRequests, seed, out);
            }
        } catch (Exception | AssertionError e) {
            e.printStackTrace(System.out);
            ok = false;
        } finally {
            log.stop();
        }
        System.out.println(ok ? "FUZZBENCH PASSED" : "FUZZBENCH: SOME TARGETS MISSED (see above)");
        System.exit(ok ? 0 : 1);
    }

    private static boolean engine(int n, long seed, BenchLog log) throws Exception {
        int chats = Integer.getInteger("fuzz.chats", 12);
        Path dir = Files.createTempDirectory("fuzz-engine");
        System.out.printf("%n== Engine: %,d events into the conversation engine (real core, SQLite file), %d chats"
                + " (Telegram, LINE, playground), 1 admin + 4 members each%n", n, chats);
        EngineFuzz.Result r = new EngineFuzz(dir, seed, log).run(n, chats);
        InProcessBot.deleteTree(dir);
        System.out.printf("  %,d events in %.1f s: %,.0f events/s (with the model reading the store back after"
                + " each)%n", r.events(), r.millis() / 1000.0, r.events() * 1000.0 / r.millis());
        System.out.println("  inputs: " + r.kinds());
        System.out.println("  crashes (handle threw): " + r.crashes() + "; null replies: " + r.emptyReplies());
        System.out.println("  log: " + r.log().summary() + (r.log().errorKinds().isEmpty() ? ""
                : " " + r.log().errorKinds()));
        r.log().errorSamples().forEach(e -> System.out.println("    ERROR " + e));
        System.out.println("  model violations: " + r.violationCount() + (r.violations().isEmpty() ? ""
                : " " + r.violations()));
        r.samples().forEach(s -> System.out.println("    ! " + s));
        System.out.println("  integrity_check: " + r.integrity() + "; the store after the run: " + r.store());
        return r.crashes() == 0 && r.emptyReplies() == 0 && r.violationCount() == 0 && r.log().errors() == 0
                && "ok".equals(r.integrity());
    }

    private static boolean http(int n, long seed, Path out) throws Exception {
        return HttpFuzz.run(n, seed, out);
    }

    static String top(Map<String, Integer> counts) {
        return counts.toString();
    }
}
