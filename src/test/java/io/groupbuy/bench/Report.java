package io.groupbuy.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

/** Prints a benchmark's report to standard output and appends it to a file next to its data. */
final class Report {
    private final Path file;

    Report(Path file) {
        this.file = file;
    }

    void line(String format, Object... args) {
        String text = String.format(Locale.ROOT, format, args);
        System.out.println(text);
        try {
            Files.writeString(file, text + System.lineSeparator(), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Cores, load average, memory and Java of this machine, for the record. */
    void machine() {
        line("machine: %d cores, load average %s, %s, java %s", Runtime.getRuntime().availableProcessors(),
                loadAverage(), memory(), System.getProperty("java.version"));
    }

    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException e) {
            return "?";
        }
    }

    private static String memory() {
        try {
            return Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                    .findFirst().map(l -> "RAM " + Long.parseLong(l.replaceAll("[^0-9]", "")) / 1024 / 1024 + " GB")
                    .orElse("RAM ?");
        } catch (IOException e) {
            return "RAM ?";
        }
    }
}
