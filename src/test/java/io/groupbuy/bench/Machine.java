package io.groupbuy.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What the shared machine is doing, for the report. */
final class Machine {
    private Machine() {
    }

    /** The 1, 5 and 15 minute load averages, as /proc/loadavg says. */
    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException | ArrayIndexOutOfBoundsException e) {
            return "unknown";
        }
    }
}
