package io.groupbuy.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A child JVM started as an operator would start it ({@code java [jvm options] -jar groupbuy-bot.jar
 * [command]} with environment variables), its output appended to a log file. Reads its /metrics and
 * /healthz, and its RSS and CPU time from /proc; stops it with SIGTERM or kills it with SIGKILL.
 */
final class BotProcess implements AutoCloseable {
    private static final long CLOCK_TICKS_PER_SECOND = 100; // USER_HZ on Linux

    private final Process process;
    private final int httpPort;
    private final Path log;

    private BotProcess(Process process, int httpPort, Path log) {
        this.process = process;
        this.httpPort = httpPort;
        this.log = log;
    }

    /**
     * Starts {@code java jvmOptions... -cp/-jar ... args...}. {@code env} is added to a clean copy of this
     * process's environment (every TELEGRAM_, LINE_, PANDAPON_ and BOT_ variable of ours removed first).
     */
    static BotProcess start(List<String> command, Map<String, String> env, Path workDir, Path log, int httpPort) {
        ProcessBuilder pb = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        pb.environment().keySet().removeIf(k -> k.startsWith("TELEGRAM_") || k.startsWith("LINE_")
                || k.startsWith("PANDAPON_") || k.startsWith("BOT_"));
        pb.environment().putAll(env);
        try {
            Files.createDirectories(workDir);
            return new BotProcess(pb.start(), httpPort, log);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + command, e);
        }
    }

    /** {@code java <jvmOptions> -jar <jar> <args>} with the java that runs the benchmark. */
    static List<String> javaJar(List<String> jvmOptions, Path jar, String... args) {
        List<String> command = new ArrayList<>();
        command.add(javaBinary());
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(jar.toAbsolutePath().toString());
        command.addAll(List.of(args));
        return command;
    }

    static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    long pid() {
        return process.pid();
    }

    boolean alive() {
        return process.isAlive();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + httpPort;
    }

    Path log() {
        return log;
    }

    /** Waits until GET /healthz answers 200 (ready); throws if the process died or the time ran out. */
    void awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the process exited with " + process.exitValue() + "; see " + log);
            }
            if (BenchHttp.get(baseUrl() + "/healthz").status() == 200) {
                return;
            }
            sleep(100);
        }
        throw new IllegalStateException("not ready after " + timeout + "; see " + log);
    }

    PromMetrics metrics() {
        BenchHttp.Answer a = BenchHttp.get(baseUrl() + "/metrics");
        if (a.status() != 200) {
            throw new IllegalStateException("/metrics answered " + a.status() + " " + a.body());
        }
        return PromMetrics.parse(a.body());
    }

    /** Resident set size in bytes (VmRSS), or -1 once the process is gone. */
    long rssBytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }

    /** User + system CPU time consumed so far, in seconds (from /proc/pid/stat), or -1 once gone. */
    double cpuSeconds() {
        return cpuSeconds(pid());
    }

    static double cpuSeconds(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / (double) CLOCK_TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** SIGKILL, as {@code kill -9}: no shutdown hook runs. */
    void kill() {
        process.destroyForcibly();
        awaitExit(Duration.ofSeconds(30));
    }

    /** SIGTERM: the graceful stop an operator (or Docker) does; returns the exit code. */
    int stop(Duration timeout) {
        process.destroy();
        if (!awaitExit(timeout)) {
            process.destroyForcibly();
            awaitExit(Duration.ofSeconds(30));
        }
        return process.exitValue();
    }

    private boolean awaitExit(Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            stop(Duration.ofSeconds(30));
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
